/**
 * Handling untrusted files safely, for every package that reads or writes them: an XML parser
 * without DTDs or external entities, a bound on what a ZIP entry may inflate to, and spreadsheet
 * cells that cannot smuggle in a formula. It depends on nothing else in Attune.
 */
package org.attune.io;
