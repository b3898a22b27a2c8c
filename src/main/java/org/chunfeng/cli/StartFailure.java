package org.chunfeng.cli;

import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The one line a failed start is said in, after "chunfeng 无法启动: ". A bad setting is named
 * by its key and its value as written (and the file and line it is on, when it is in
 * one), with what is wrong; anything else by the innermost message, which for a broken
 * configuration file names the file and the problem.
 */
final class StartFailure {

	private StartFailure() {
	}

	static String line(Throwable failure) {
		BindValidationException invalid = cause(failure, BindValidationException.class);
		if (invalid != null) {
			ValidationErrors errors = invalid.getValidationErrors();
			return errors.getAllErrors()
				.stream()
				.map((error) -> setting(errors, error))
				.collect(Collectors.joining("; "));
		}
		BindException unbound = cause(failure, BindException.class);
		if (unbound != null && unbound.getProperty() != null) {
			return setting(unbound.getName().toString(), unbound.getProperty(), innermostMessage(unbound));
		}
		return innermostMessage(failure);
	}

	private static String setting(ValidationErrors errors, ObjectError error) {
		if (!(error instanceof FieldError field)) {
			return errors.getName() + ": " + error.getDefaultMessage();
		}
		String name = errors.getName() + "." + DataObjectPropertyName.toDashedForm(field.getField());
		ConfigurationProperty written = errors.getBoundProperties()
			.stream()
			.filter((property) -> property.getName().toString().equals(name))
			.findFirst()
			.orElse(null);
		if (written != null) {
			return setting(name, written, field.getDefaultMessage());
		}
		if (field.getRejectedValue() == null) {
			return name + " is not set (" + field.getDefaultMessage() + ")";
		}
		return name + " = '" + field.getRejectedValue() + "' is invalid (" + field.getDefaultMessage() + ")";
	}

	private static String setting(String name, ConfigurationProperty written, String problem) {
		String line = name + " = '" + written.getValue() + "' is invalid (" + problem + ")";
		Origin origin = written.getOrigin();
		if (origin instanceof PropertySourceOrigin fromSource) {
			origin = fromSource.getOrigin();
		}
		return (origin instanceof TextResourceOrigin file) ? line + ", in " + file : line;
	}

	/** The innermost exception of the type. */
	private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
		T found = null;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				found = type.cast(cause);
			}
		}
		return found;
	}

	private static String innermostMessage(Throwable failure) {
		String message = failure.getMessage();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
	}

}
