package org.attune.ui;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;

/**
 * A component that paints a picture (a plot, a heat map). A plain JComponent has no accessible
 * context, so screen readers could not name it; this one is a named panel.
 */
abstract class Picture extends JComponent {

    Picture(String accessibleName) {
        getAccessibleContext().setAccessibleName(accessibleName);
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.PANEL;
                }
            };
        }
        return accessibleContext;
    }
}
