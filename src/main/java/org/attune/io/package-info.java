/**
 * Handling untrusted files safely, for every package that reads or writes them: an XML parser
 * without DTDs or external entities, a bound on what a ZIP entry may inflate to, one CSV dialect
 * for every table ({@link org.attune.io.CsvFormat}: RFC 4180, a backslash an ordinary character,
 * a CR in a cell kept), and spreadsheet cells that cannot smuggle in a formula
 * ({@link org.attune.io.CellText}: an apostrophe in CSV, a quote-prefixed text cell in a workbook).
 * It depends on nothing else in Attune.
 */
package org.attune.io;
