package org.chunfeng.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.chunfeng.ChunfengApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A bad setting stops the start with one line naming its key and its value (and its file
 * and line, when it is in one), as {@link Main} prints it after "chunfeng 无法启动: ".
 */
class StartFailureTests {

	@TempDir
	Path folder;

	@BeforeEach
	void reasonsInEnglish() {
		// the reasons are the validator's, in the JVM's language
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void defaultLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void namesABlankAlertGroup() {
		assertThat(startFailure("--chunfeng.alerts.group="))
			.isEqualTo("chunfeng.alerts.group = '' is invalid (must not be blank)");
	}

	@Test
	void namesANegativeChunkSizeWithItsFileAndLine() throws IOException {
		Path file = Files.writeString(this.folder.resolve("platform.yml"), """
				chunfeng:
				  platform:
				    chunk-size: -5
				""");
		assertThat(startFailure("--spring.config.import=file:" + file))
			.isEqualTo("chunfeng.platform.chunk-size = '-5' is invalid (must be greater than 0), in URL [file:" + file
					+ "] - 3:17");
	}

	@Test
	void namesANegativeToleranceOfANestedGroup() {
		assertThat(startFailure("--chunfeng.reconcile.tolerance.absolute=-1"))
			.isEqualTo("chunfeng.reconcile.tolerance.absolute = '-1' is invalid (must be greater than or equal to 0)");
	}

	@Test
	void namesAValueThatIsNotADuration() {
		assertThat(startFailure("--chunfeng.liveness.check-every=soon"))
			.isEqualTo("chunfeng.liveness.check-every = 'soon' is invalid ('soon' is not a valid duration)");
	}

	private static String startFailure(String argument) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(ChunfengApplication.class)
			.web(WebApplicationType.NONE);
		Throwable failure = catchThrowable(() -> builder.run(argument).close());
		assertThat(failure).as("the start fails").isNotNull();
		return StartFailure.line(failure);
	}

}
