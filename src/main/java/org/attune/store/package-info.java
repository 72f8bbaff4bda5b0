/**
 * The project file: one SQLite database per project ({@code NAME.attune}), the single source of
 * truth. This package creates and opens it (WAL, foreign keys on, a lock against a second Attune
 * process), upgrades its schema by numbered migrations, and runs every change in one transaction.
 * Nothing outside this package sees JDBC.
 */
package org.attune.store;
