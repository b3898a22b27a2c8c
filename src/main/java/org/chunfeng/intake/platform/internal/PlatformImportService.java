package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.chunfeng.intake.platform.ImportFailedException;
import org.chunfeng.intake.platform.ImportInProgressException;
import org.chunfeng.intake.platform.PlatformImport;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.intake.platform.PlatformImportResult.Outcome;
import org.chunfeng.intake.platform.PlatformIntake;
import org.chunfeng.liveness.DatabaseOutage;
import org.chunfeng.liveness.JobTakeover;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Imports one export by running the platform import job synchronously. The same bytes as
 * a loaded import are a no-op (DUPLICATE); the same bytes as an unfinished import resume
 * it where its last committed chunk ended: one left running by a JVM that is gone, or
 * UNKNOWN after a database failure, is taken over first (issue #10). An import that
 * cannot resume (it failed {@value #ATTEMPTS} times, or Spring Batch refuses to restart
 * it) is recorded as failed, nothing of it kept.
 */
@Service
class PlatformImportService implements PlatformIntake {

	/** Imports run one at a time: they share the staging table and resume by content. */
	private final ReentrantLock lock = new ReentrantLock();

	/** Executions of one import before it is given up. */
	static final int ATTEMPTS = 3;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job platformImportJob;

	private final ImportRecords records;

	private final PlatformStore store;

	private final PlatformProperties properties;

	private final JobTakeover takeover;

	PlatformImportService(JobOperator jobOperator, JobRepository jobRepository, Job platformImportJob,
			ImportRecords records, PlatformStore store, PlatformProperties properties, JobTakeover takeover) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.platformImportJob = platformImportJob;
		this.records = records;
		this.store = store;
		this.properties = properties;
		this.takeover = takeover;
	}

	@Override
	public PlatformImportResult importFile(Path file) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new IllegalArgumentException("文件不存在或无法读取: " + file);
		}
		String sha256;
		try {
			sha256 = ExportFiles.sha256(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取文件 " + file + ": " + ex.getMessage(), ex);
		}
		this.lock.lock();
		try {
			return importLocked(file, sha256);
		}
		finally {
			this.lock.unlock();
		}
	}

	private PlatformImportResult importLocked(Path file, String sha256) {
		Optional<Long> loaded = this.records.latestWithOutcome(sha256, PlatformImport.Outcome.LOADED);
		if (loaded.isPresent()) {
			String earlier = this.records.find(loaded.get()).map(ImportRecords.ImportRecord::fileName).orElse("");
			long id = this.records.create(file, sha256, PlatformImport.Outcome.DUPLICATE,
					"与已导入的文件 " + earlier + " 内容完全相同，未重复导入");
			return this.records.result(id);
		}
		String problem = formatProblem(file);
		if (problem != null) {
			return this.records.result(this.records.create(file, sha256, PlatformImport.Outcome.REFUSED, problem));
		}
		Optional<Long> unfinished = this.records.latestWithOutcome(sha256, PlatformImport.Outcome.RUNNING);
		long id;
		JobExecution execution;
		try {
			if (unfinished.isPresent()) {
				id = unfinished.get();
				this.records.moveTo(id, file);
				execution = resume(id);
			}
			else {
				id = this.records.create(file, sha256, PlatformImport.Outcome.RUNNING, null);
				execution = this.jobOperator.start(this.platformImportJob, parameters(id));
			}
		}
		catch (ImportInProgressException ex) {
			throw ex;
		}
		catch (Exception ex) {
			if (DatabaseOutage.isCause(ex) || unfinished.isEmpty()) {
				throw new IllegalStateException("导入 " + file.getFileName() + " 未能启动: " + ex.getMessage(), ex);
			}
			// Spring Batch refuses to resume it even after the takeover
			throw giveUp(unfinished.get(), file, "无法从中断处继续（" + ex.getMessage() + "）", ex);
		}
		return outcome(id, file, execution);
	}

	/** A wrong file is refused before a job starts: not an export, or no header row. */
	private String formatProblem(Path file) {
		try (RowSource source = RowSource.open(file)) {
			ExportLayout.read(source, this.properties.columns());
			return null;
		}
		catch (ExportFormatException ex) {
			return ex.getMessage();
		}
		catch (IOException | RuntimeException ex) {
			return "无法读取文件: " + ex.getMessage();
		}
	}

	private JobExecution resume(long id) throws Exception {
		JobParameters parameters = parameters(id);
		// left STARTED by a JVM that is gone, or UNKNOWN after a database failure: taken
		// over and marked failed; one running in a live JVM is not touched
		Optional<JobExecution> live = this.takeover.clearWay(PlatformImportJobConfiguration.JOB_NAME, parameters);
		if (live.isPresent()) {
			throw new ImportInProgressException(id, live.get().getStartTime());
		}
		return this.jobOperator.start(this.platformImportJob, parameters);
	}

	/**
	 * Records the import as failed and drops what it staged: the next import of the same
	 * bytes starts afresh.
	 */
	private ImportFailedException giveUp(long id, Path file, String reason, Throwable cause) {
		this.store.clearStaging(id);
		this.records.deleteRejections(id);
		this.records.fail(id, reason);
		return new ImportFailedException(ImportRecords.fileName(file), reason, cause);
	}

	private PlatformImportResult outcome(long id, Path file, JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return this.records.result(id);
		}
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ExportFormatException format) {
				this.store.clearStaging(id);
				this.records.deleteRejections(id);
				this.records.setRowsRead(id, format.rowsRead());
				this.records.finish(id, Outcome.REFUSED, 0, format.rowsRejected(), format.getMessage());
				return this.records.result(id);
			}
		}
		String message = (failure != null) ? failure.getMessage() : execution.getExitStatus().getExitDescription();
		if (JobTakeover.unfinished(execution)) {
			// UNKNOWN, its end not recorded: its one transaction rolled back, nothing
			// of it is kept; marked failed now, not left in the way
			this.takeover.takeOverIfDead(this.jobRepository.getJobExecution(execution.getId()));
		}
		if (attempts(execution) >= ATTEMPTS) {
			throw giveUp(id, file, ATTEMPTS + " 次尝试均未成功（" + message + "）", failure);
		}
		throw new IllegalStateException("导入 " + file.getFileName() + " 中断，未保存其中任何数据（再次导入同一文件即可）: " + message, failure);
	}

	private int attempts(JobExecution execution) {
		return this.jobRepository.getJobExecutions(execution.getJobInstance()).size();
	}

	private static JobParameters parameters(long id) {
		return new JobParametersBuilder().addLong(PlatformImportJobConfiguration.IMPORT_ID, id).toJobParameters();
	}

}
