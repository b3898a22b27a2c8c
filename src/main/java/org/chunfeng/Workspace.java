package org.chunfeng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one folder everything the product writes lives under: the embedded database, the
 * inboxes, the reports, the mail pickup folder and the logs. {@code --home DIR} or
 * {@code CHUNFENG_HOME}, default the current directory.
 */
@ConfigurationProperties("chunfeng")
public record Workspace(@DefaultValue(".") Path home) {

	public Workspace {
		home = home.toAbsolutePath().normalize();
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
