/**
 * Spring Boot auto-configuration of a Dynamic Support Register.
 *
 * <p>Given the application's {@code DataSource}, the starter migrates the register's schema (the
 * Flyway migrations of dsr-jdbc), and defines the JDBC store and audit trail, a {@code Clock}, the
 * England and Wales working-day calendar, the {@code LocalPolicy} bound from {@code
 * opendsr.policy.*} and validated at start-up, the {@code DynamicSupportRegister} and the audited
 * {@code AccessControlledRegister} that users' calls go through. With Spring Boot's health support
 * on the class path it adds the {@code dsr} health indicator; with Micrometer, the register's
 * metrics. Every bean backs off when the application defines its own.
 */
package org.opendsr.spring.boot;
