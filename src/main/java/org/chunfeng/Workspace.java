package org.chunfeng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The one folder everything the product writes lives under: the embedded database, the
 * inboxes, the reports, the mail pickup folder and the logs. {@code --home DIR} or
 * {@code CHUNFENG_HOME}, default the current directory ({@code chunfeng.home} in
 * {@code config/application.yml}).
 */
@ConfigurationProperties("chunfeng")
@Validated
public record Workspace(@NotNull Path home) {

	public Workspace {
		// null is refused by the validation that follows, with the key named
		home = (home != null) ? home.toAbsolutePath().normalize() : null;
	}

	/** Platform exports dropped here are ingested by the next run. */
	public Path platformInbox() {
		return folder("inbox/platform");
	}

	/** City workbooks dropped here are ingested by the next run. */
	public Path cityInbox() {
		return folder("inbox/cities");
	}

	/** Files already ingested are moved here, so that a folder import stays readable. */
	public Path archive() {
		return folder("inbox/archive");
	}

	public Path reports() {
		return folder("out/reports");
	}

	/** Pickup folder for .eml files when no SMTP server is configured. */
	public Path outbox() {
		return folder("out/outbox");
	}

	public Path folder(String relative) {
		Path folder = this.home.resolve(relative);
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create folder " + folder, ex);
		}
		return folder;
	}

}
