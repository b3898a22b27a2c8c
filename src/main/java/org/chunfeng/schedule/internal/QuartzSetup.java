package org.chunfeng.schedule.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Quartz's JDBC job store on the product's database: the SQL dialect follows the
 * database, and a shutdown waits for a running firing to finish.
 */
@WhereTheSchedulerRuns
@Configuration(proxyBeanMethods = false)
class QuartzSetup {

	static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

	@Bean
	SchedulerFactoryBeanCustomizer chunfengSchedulerCustomizer(QuartzProperties quartz, DataSource dataSource) {
		return (factory) -> {
			factory.setQuartzProperties(properties(quartz, dataSource));
			factory.setWaitForJobsToCompleteOnShutdown(true);
		};
	}

	/** The configured Quartz properties plus the delegate for this database. */
	static Properties properties(QuartzProperties quartz, DataSource dataSource) {
		Properties properties = new Properties();
		properties.putAll(quartz.getProperties());
		properties.putIfAbsent(DELEGATE, delegateFor(dataSource));
		return properties;
	}

	static String delegateFor(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			return product.toLowerCase().contains("postgres") ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
					: "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot tell the database product for Quartz: " + ex.getMessage(), ex);
		}
	}

}
