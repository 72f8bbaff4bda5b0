/**
 * Data in and out of projects in other programs' formats: codings as long CSV and XLSX tables
 * for R, SPSS and Excel (and back). Exported cells never carry a formula.
 */
package org.attune.exchange;
