/**
 * Codebooks in and out: the YAML format (reading with every problem's line and column, and
 * writing), REFI-QDA codebooks (.qdc), spreadsheets (.xlsx, .csv), and the printable coding
 * manual (.docx). Readers refuse bad input with a {@link org.attune.codebook.CodebookFormatException}
 * listing every problem found, and never touch a project.
 */
package org.attune.codebook;
