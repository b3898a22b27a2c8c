package org.chunfeng;

import java.io.IOException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.Resource;

/**
 * Reads the product's own YAML files (a campaign's calendar, a deliverable of
 * {@code jobs/}) into records, bound as Spring Boot binds settings (kebab-case keys,
 * durations, dates, enums); every problem is an {@link IllegalStateException} whose
 * message starts with the file.
 */
public final class YamlFiles {

	private YamlFiles() {
	}

	/**
	 * The whole file bound to {@code type}.
	 * @param source what the file is, with its description (campaign file class path
	 * resource [config/campaign-2024.yml]): the start of every message
	 */
	public static <T> T read(String source, Resource file, Class<T> type) {
		try {
			Binder binder = new Binder(
					ConfigurationPropertySources.from(new YamlPropertySourceLoader().load(source, file)), null,
					ApplicationConversionService.getSharedInstance());
			return binder.bind("", Bindable.of(type))
				.orElseThrow(() -> new IllegalStateException(source + " is empty"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(source + " cannot be read: " + ex.getMessage(), ex);
		}
		catch (BindException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			if (ex.getProperty() == null) {
				throw new IllegalStateException(
						source + ": " + ex.getName() + " is invalid (" + cause.getMessage() + ")", ex);
			}
			throw new IllegalStateException(source + ": " + ex.getProperty().getName() + " = '"
					+ ex.getProperty().getValue() + "' is invalid (" + cause.getMessage() + ")", ex);
		}
	}

	/** Stops with {@code source: problem} unless the condition holds. */
	public static void require(boolean condition, String source, String problem) {
		if (!condition) {
			throw new IllegalStateException(source + ": " + problem);
		}
	}

}
