package org.chunfeng.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.deliverable.RunStatus;
import org.slf4j.MDC;

/**
 * Stands in for the pipeline in scheduler and console tests: records each request and
 * completes (or fails, when told) at once.
 */
public class FakeDeliverableRuns implements DeliverableRuns {

	private final List<RunRequest> requests = new ArrayList<>();

	private final List<RunRecord> records = new ArrayList<>();

	private final List<Map<String, String>> logContexts = new ArrayList<>();

	private boolean failing;

	public synchronized void reset() {
		this.requests.clear();
		this.records.clear();
		this.logContexts.clear();
		this.failing = false;
	}

	public synchronized void failing(boolean failing) {
		this.failing = failing;
	}

	public synchronized List<RunRequest> requests() {
		return List.copyOf(this.requests);
	}

	/** A past run, as if it had happened. */
	public synchronized RunRecord add(String deliverable, java.time.LocalDate asOf, RunStatus status) {
		RunRecord record = new RunRecord(this.records.size() + 1, deliverable, asOf, status, Instant.now(),
				Instant.now(), null, "cli", null, List.of(new RunRecord.Step("compileStep", status, 11, 11, 0, null)));
		this.records.add(record);
		return record;
	}

	/** The logging context (MDC) each run was requested in. */
	public synchronized List<Map<String, String>> logContexts() {
		return List.copyOf(this.logContexts);
	}

	@Override
	public synchronized RunRecord run(RunRequest request) {
		this.requests.add(request);
		Map<String, String> context = MDC.getCopyOfContextMap();
		this.logContexts.add((context != null) ? Map.copyOf(context) : Map.of());
		return add(request.deliverable(), request.asOf(), this.failing ? RunStatus.FAILED : RunStatus.COMPLETED);
	}

	@Override
	public synchronized RunRecord restart(long runId) {
		RunRecord old = find(runId).orElseThrow();
		return add(old.deliverable(), old.asOf(), RunStatus.COMPLETED);
	}

	@Override
	public synchronized List<RunRecord> recent(int limit) {
		return this.records.stream().sorted(Comparator.comparingLong(RunRecord::id).reversed()).limit(limit).toList();
	}

	@Override
	public synchronized Optional<RunRecord> find(long runId) {
		return this.records.stream().filter((record) -> record.id() == runId).findFirst();
	}

	@Override
	public synchronized Optional<RunRecord> lastOf(String deliverable) {
		return recent(Integer.MAX_VALUE).stream()
			.filter((record) -> record.deliverable().equals(deliverable))
			.findFirst();
	}

	@Override
	public Optional<Path> reportFile(long runId) {
		return Optional.<Path>empty().filter(Files::exists);
	}

}
