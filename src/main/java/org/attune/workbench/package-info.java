/**
 * The use cases of Attune, behind one facade, {@link org.attune.workbench.Workbench}, that the
 * command line and the window both call: create and open projects, import transcripts, list and
 * show them, build the demo project. It is the only package that combines the others.
 */
package org.attune.workbench;
