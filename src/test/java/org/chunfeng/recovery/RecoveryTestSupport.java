package org.chunfeng.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.chunfeng.DatabaseCleaner;
import org.chunfeng.Workspace;
import org.chunfeng.intake.platform.PlatformIntake;
import org.chunfeng.schedule.ScheduleTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One context for the fault drills of issue #10: mail to an {@link SmtpStub}, next year's
 * campaign (every deadline ahead), short liveness times (a run is dead 8 s after its last
 * heartbeat), and second chunfeng processes started as {@link ChildInstance} and killed
 * with SIGKILL.
 */
@SpringBootTest(properties = { "spring.quartz.properties.org.quartz.jobStore.misfireThreshold=1000",
		"spring.quartz.scheduler-name=chunfeng-recovery-tests", "chunfeng.liveness.beat-every=1s",
		"chunfeng.liveness.dead-after=8s", "chunfeng.liveness.check-every=2s", "chunfeng.mail.retry.attempts=2",
		"chunfeng.mail.retry.initial-backoff=10ms", "spring.mail.properties.mail.smtp.connectiontimeout=2000",
		"spring.mail.properties.mail.smtp.timeout=20000" })
public abstract class RecoveryTestSupport {

	/**
	 * Dead after this without a heartbeat, in this context (see the properties above).
	 */
	protected static final Duration DEAD_AFTER = Duration.ofSeconds(8);

	protected static final SmtpStub smtp = new SmtpStub();

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected Workspace workspace;

	@Autowired
	protected Environment environment;

	@Autowired
	protected PlatformIntake platform;

	private final List<Process> children = new ArrayList<>();

	@DynamicPropertySource
	static void stubAndCampaign(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
		ScheduleTestSupport.register(registry);
	}

	@BeforeEach
	void cleanDatabaseAndStub() {
		DatabaseCleaner.clean(this.jdbc);
		smtp.reset();
	}

	@AfterEach
	void killChildren() throws InterruptedException {
		for (Process child : this.children) {
			child.destroyForcibly();
			child.waitFor(10, TimeUnit.SECONDS);
		}
		this.children.clear();
		smtp.release();
	}

	@AfterAll
	static void keepStub() {
		smtp.release();
	}

	/**
	 * One counted activity of this test campaign, imported now: the platform data are
	 * fresh, so a run compares the cities and sends no stale-data alert.
	 */
	protected void freshPlatformData() throws IOException {
		Path file = Files.createTempDirectory("platform").resolve("export.csv");
		Files.writeString(file, """
				活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间
				F1,招聘会,线上,140105,太原市,小店区,%1$d-02-01,%1$d-02-01,10,100,10,%1$d年春风行动,已结束,%1$d-02-24 10:00
				""".formatted(ScheduleTestSupport.YEAR));
		this.platform.importFile(file);
	}

	/**
	 * Starts a second chunfeng process running {@code deliverable} as of {@code asOf} on
	 * this test's database and mail server; it stops in its compile step when
	 * {@code blockInCompile}.
	 * @param host the host name in its instance id: another machine's makes this test
	 * judge it by its heartbeat alone
	 */
	protected Process startChild(String deliverable, String asOf, Path marker, String host) throws IOException {
		Path home = Files.createTempDirectory("recovery-child");
		Path classes = childClasses();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
						"-Dchunfeng.home=" + home,
						"-Dspring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
						"-Dspring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
						"-Dspring.datasource.password=", "-Dspring.datasource.hikari.maximum-pool-size=3",
						"-Dspring.mail.host=127.0.0.1", "-Dspring.mail.port=" + smtp.port(),
						"-Dspring.mail.properties.mail.smtp.timeout=600000", "-Dchunfeng.mail.retry.attempts=1",
						"-Dchunfeng.liveness.beat-every=1s",
						"-Dchunfeng.campaign.location=" + ScheduleTestSupport.jobs().resolveSibling("config").toUri(),
						"-Dchunfeng.campaign.year=" + ScheduleTestSupport.YEAR,
						"-Dchunfeng.deliverables.location=" + ScheduleTestSupport.jobs().toUri()));
		if (marker != null) {
			command.add("-Dchunfeng.test.block-compile=" + marker);
		}
		if (host != null) {
			command.add("-Dchunfeng.liveness.host=" + host);
		}
		command.addAll(List.of("-cp", childClassPath(classes), ChildInstance.class.getName(), deliverable, asOf));
		Process child = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(home.resolve("child.log").toFile())
			.start();
		this.children.add(child);
		return child;
	}

	/** Waits for the child to reach its marker; fails with its log when it dies first. */
	protected static void awaitMarker(Process child, Path marker) throws InterruptedException {
		try {
			Awaitility.await()
				.atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> Files.exists(marker) || !child.isAlive());
		}
		catch (ConditionTimeoutException ex) {
			// reported below with the child's state
		}
		if (!Files.exists(marker)) {
			throw new IllegalStateException("the child process did not reach its marker (alive: " + child.isAlive()
					+ "): see child.log in its home under " + System.getProperty("java.io.tmpdir"));
		}
	}

	/** SIGKILL: no shutdown hook, no listener, nothing recorded. */
	protected static void kill(Process child) throws InterruptedException {
		child.destroyForcibly();
		if (!child.waitFor(10, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the child process did not die");
		}
	}

	/** The main classes and libraries only, plus the child's own classes. */
	private static String childClassPath(Path classes) {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
			if (!entry.endsWith("test-classes") && !entry.endsWith("test-classes/")) {
				entries.add(entry);
			}
		}
		entries.add(classes.toString());
		return String.join(java.io.File.pathSeparator, entries);
	}

	private static Path childClasses() throws IOException {
		Path source = Path.of(ChildInstance.class.getProtectionDomain().getCodeSource().getLocation().getPath());
		Path folder = Files.createTempDirectory("recovery-child-classes");
		Path packageFolder = folder.resolve(ChildInstance.class.getPackageName().replace('.', '/'));
		Files.createDirectories(packageFolder);
		Path compiled = source.resolve(ChildInstance.class.getPackageName().replace('.', '/'));
		try (Stream<Path> files = Files.list(compiled)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("ChildInstance")).toList()) {
				Files.copy(file, packageFolder.resolve(file.getFileName()));
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return folder;
	}

}
