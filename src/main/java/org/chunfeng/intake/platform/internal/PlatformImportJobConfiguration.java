package org.chunfeng.intake.platform.internal;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.chunfeng.liveness.JobHeartbeats;
import org.chunfeng.logging.RunLog;

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
 * {@code platformLoadStep} reads, checks and stores the whole file in one transaction (a
 * tasklet that streams each chunk into one COPY, rather than a chunk-oriented step that
 * would parse a whole chunk before sending any of it, and commit each), and
 * {@code platformMergeStep} finishes what an earlier version staged. A failed or killed
 * import leaves nothing and restarts from the top of its file.
 */
@Configuration(proxyBeanMethods = false)
class PlatformImportJobConfiguration {

	static final String JOB_NAME = "platformImportJob";

	static final String IMPORT_ID = "importId";

	@Bean
	Job platformImportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlatformLoadTasklet platformLoadTasklet, Step platformMergeStep, JobHeartbeats heartbeats, RunLog runLog) {
		// the tasklet is also the step's stream (it opens and closes the file)
		Step platformLoadStep = new StepBuilder("platformLoadStep", jobRepository).listener(runLog)
			.tasklet(platformLoadTasklet, transactionManager)
			.stream(platformLoadTasklet)
			.build();
		// the heartbeat tells other instances this import is alive (issue #10)
		// the log follows the import (issue #12)
		return new JobBuilder(JOB_NAME, jobRepository).listener(runLog)
			.listener(heartbeats)
			.start(platformLoadStep)
			.next(platformMergeStep)
			.build();
	}

	@Bean
	Step platformMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlatformMergeTasklet platformMergeTasklet, RunLog runLog) {
		return new StepBuilder("platformMergeStep", jobRepository).listener(runLog)
			.tasklet(platformMergeTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	PlatformLoadTasklet platformLoadTasklet(@Value("#{jobParameters['importId']}") Long importId,
			PlatformRowValidator validator, ImportRecords records, PlatformStore store, PlatformProperties properties) {
		String fileName = records.find(importId).map(ImportRecords.ImportRecord::fileName).orElse("?");
		return new PlatformLoadTasklet(importId, fileName, validator, store, records, properties);
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
