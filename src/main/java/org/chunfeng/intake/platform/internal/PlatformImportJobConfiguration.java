package org.chunfeng.intake.platform.internal;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The platform import job, one instance per import (its id is the identifying parameter):
 * {@code platformLoadStep} reads, checks and stages the rows chunk by chunk, and
 * {@code platformMergeStep} accounts for them and merges or refuses the file. A failed or
 * killed import restarts from its last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
class PlatformImportJobConfiguration {

	static final String JOB_NAME = "platformImportJob";

	static final String IMPORT_ID = "importId";

	@Bean
	Job platformImportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlatformExportReader platformExportReader, PlatformRowValidator validator,
			PlatformStagingWriter platformStagingWriter, PlatformProperties properties, Step platformMergeStep) {
		Step platformLoadStep = platformLoadStep(jobRepository, transactionManager, platformExportReader, validator,
				platformStagingWriter, properties);
		return new JobBuilder(JOB_NAME, jobRepository).start(platformLoadStep).next(platformMergeStep).build();
	}

	/**
	 * Not a bean: Boot's batch observability post-processor would give a step bean the
	 * metrics registry, and a metrics observation per item costs more than reading the
	 * row.
	 */
	private static Step platformLoadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlatformExportReader platformExportReader, PlatformRowValidator validator,
			PlatformStagingWriter platformStagingWriter, PlatformProperties properties) {
		// no skip or retry: bad rows are data (CheckedRow), so no item can vanish in a
		// skip
		return new StepBuilder("platformLoadStep", jobRepository).<RawRow, CheckedRow>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(platformExportReader)
			.processor(validator)
			.writer(platformStagingWriter)
			.listener(platformExportReader)
			.observationRegistry(ObservationRegistry.NOOP)
			.build();
	}

	@Bean
	Step platformMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlatformMergeTasklet platformMergeTasklet) {
		return new StepBuilder("platformMergeStep", jobRepository).tasklet(platformMergeTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	PlatformExportReader platformExportReader(@Value("#{jobParameters['importId']}") Long importId,
			ImportRecords records, PlatformStore store, PlatformProperties properties) {
		return new PlatformExportReader(importId, records, store, properties);
	}

	@Bean
	@StepScope
	PlatformStagingWriter platformStagingWriter(@Value("#{jobParameters['importId']}") Long importId,
			ImportRecords records, PlatformStore store, PlatformProperties properties) {
		String fileName = records.find(importId).map(ImportRecords.ImportRecord::fileName).orElse("?");
		return new PlatformStagingWriter(importId, fileName, store, records, System.err, properties.progressInterval());
	}

	@Bean
	@StepScope
	PlatformMergeTasklet platformMergeTasklet(@Value("#{jobParameters['importId']}") Long importId,
			ImportRecords records, PlatformStore store, PlatformProperties properties) {
		return new PlatformMergeTasklet(importId, store, records, properties.refusalThreshold());
	}

	@Bean
	PlatformStore platformStore(DataSource dataSource, JdbcTemplate jdbc) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return "PostgreSQL".equalsIgnoreCase(product) ? new PostgresPlatformStore(dataSource, jdbc)
				: new H2PlatformStore(jdbc);
	}

}
