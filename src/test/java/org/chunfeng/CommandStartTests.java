package org.chunfeng;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the jar starts per command: help and bad usage without the application (a fresh JVM
 * in an empty folder, which stays empty), {@code serve} refusing an exposed address with
 * the default passwords, and the other commands without the web server, security,
 * Thymeleaf, Quartz or the console.
 */
class CommandStartTests {

	@TempDir
	Path folder;

	@Test
	void helpVersionAndBadUsageCreateNothingInAnEmptyFolder() throws Exception {
		Result help = launch(this.folder, "--help");
		assertThat(help.exit()).isZero();
		assertThat(help.out()).startsWith("用法: chunfeng [-hV] [--home=DIR] 命令");
		assertThat(help.err()).isEmpty();

		Result serveHelp = launch(this.folder, "serve", "--help");
		assertThat(serveHelp.exit()).isZero();
		assertThat(serveHelp.out()).startsWith("用法: chunfeng serve");

		assertThat(launch(this.folder, "--version").exit()).isZero();

		Result impossible = launch(this.folder, "run", "weekly", "--as-of", "2024-02-30");
		assertThat(impossible.exit()).isEqualTo(2);
		assertThat(impossible.err().lines())
			.containsExactly("错误: run: 选项 --as-of 的值有误：2024-02-30 这一天不存在（2024年2月只有29天）。用 --help 查看用法");
		assertThat(impossible.out()).isEmpty();

		try (Stream<Path> created = Files.list(this.folder)) {
			assertThat(created).as("no data/, no logs/").isEmpty();
		}
	}

	@Test
	void serveOnAnotherAddressWithTheDefaultPasswordsRefusesToStart() throws Exception {
		Path home = Files.createDirectories(this.folder.resolve("home"));
		Result serve = launch(this.folder, "--home", home.toString(), "serve", "--bind", "0.0.0.0", "--port", "0");
		assertThat(serve.exit()).isEqualTo(1);
		List<String> refusal = serve.err().lines().filter((line) -> line.startsWith("chunfeng 无法启动")).toList();
		assertThat(refusal).containsExactly("chunfeng 无法启动: 拒绝在 0.0.0.0 上监听：用户 admin、viewer 仍在使用默认密码。"
				+ "请先设置新密码（CHUNFENG_ADMIN_PASSWORD_HASH、CHUNFENG_VIEWER_PASSWORD_HASH 或 ./config/security.yml），"
				+ "或者只在本机 127.0.0.1 上监听（去掉 --bind）");
		assertThat(serve.err()).doesNotContain("Exception", "\tat ");
		assertThat(serve.out()).doesNotContain("管理控制台");
	}

	@Test
	void commandsOtherThanServeStartWithoutWebSecurityThymeleafQuartzOrConsole() {
		SpringApplication application = ChunfengApplication.application(false);
		try (ConfigurableApplicationContext context = application.run("status")) {
			assertThat(context).isNotInstanceOf(WebApplicationContext.class);
			for (String absent : new String[] { "org.springframework.security.web.SecurityFilterChain",
					"org.thymeleaf.ITemplateEngine", "org.quartz.Scheduler",
					"io.micrometer.core.instrument.MeterRegistry",
					"org.springframework.boot.health.contributor.HealthContributor" }) {
				assertThat(context.getBeanNamesForType(type(absent))).as(absent).isEmpty();
			}
			assertThat(context.getBeanDefinitionNames()).noneMatch((name) -> name.startsWith("console")
					|| name.equals("apiController") || name.equals("securitySetup") || name.equals("fmt"));
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

	private static Class<?> type(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(name, ex);
		}
	}

	/**
	 * The jar's entry point in a JVM of its own, on the main classpath (no test classes).
	 */
	static Result launch(Path workingDirectory, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
				"-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", mainClassPath(), "org.chunfeng.cli.Main"));
		command.addAll(Arrays.asList(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
		builder.environment().remove("CHUNFENG_HOME");
		Path out = Files.createTempFile("chunfeng-out", ".txt");
		Path err = Files.createTempFile("chunfeng-err", ".txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("still running: " + command);
		}
		try {
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/**
	 * The test JVM's classpath without the test classes (surefire may pass it in a jar's
	 * manifest).
	 */
	private static String mainClassPath() throws IOException {
		List<String> entries = new ArrayList<>(
				Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
		if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
			try (JarFile jar = new JarFile(entries.get(0))) {
				String manifest = jar.getManifest().getMainAttributes().getValue("Class-Path");
				if (manifest != null) {
					entries = Arrays.stream(manifest.split(" "))
						.map((url) -> Path.of(URI.create(url)).toString())
						.toList();
				}
			}
		}
		return String.join(File.pathSeparator,
				entries.stream()
					.filter((entry) -> !entry.replace('\\', '/').endsWith("test-classes")
							&& !entry.replace('\\', '/').endsWith("test-classes/"))
					.toList());
	}

	record Result(int exit, String out, String err) {

	}

	static String read(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

}
