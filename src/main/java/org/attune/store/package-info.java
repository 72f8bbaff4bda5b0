/**
 * The project file: one SQLite database per project ({@code NAME.attune}), the single source of
 * truth. This package creates and opens it (WAL, foreign keys on, a lock against a second Attune
 * process), upgrades its schema by numbered migrations, and runs every change in one transaction.
 * Opened for writing, it reports after each commit what the change touched ({@link
 * org.attune.store.ProjectChange}, noted by TEMP triggers whatever code path wrote), so that
 * derived data follows without being told. Nothing outside this package sees JDBC.
 */
package org.attune.store;
