/**
 * The command line: one picocli command class per verb, all going through
 * {@link org.attune.workbench.Workbench}. User errors print one line to stderr and exit 1, usage
 * errors exit 2, and {@code --json} gives machine-readable output with snake_case keys.
 */
package org.attune.cli;
