/**
 * Data in and out of projects in other programs' formats: codings as long CSV and XLSX tables
 * for R, SPSS and Excel (and back), whole projects as REFI-QDA .qdpx for NVivo, ATLAS.ti, MAXQDA
 * and QualCoder (and back, from untrusted files), and lists of names to pseudonymise. Exported
 * cells never carry a formula.
 */
package org.attune.exchange;
