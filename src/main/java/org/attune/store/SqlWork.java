package org.attune.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on the project's connection inside one transaction. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
