package org.opendsr.core.planted;

/** Planted violation: the domain touching JDBC. */
public class DomainUsingInfrastructure {
  java.sql.Connection connection;
}
