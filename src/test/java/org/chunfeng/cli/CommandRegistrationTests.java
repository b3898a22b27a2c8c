package org.chunfeng.cli;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@link Subcommand} is listed in {@link ChunfengCommand}'s subcommands: picocli
 * reads that list before Spring starts, and an unlisted command would be "unknown".
 */
class CommandRegistrationTests {

	@Test
	void everyCommandIsRegisteredWithTheRootCommand() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Subcommand.class));
		Set<String> commands = scanner.findCandidateComponents(Subcommand.class.getPackageName())
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.collect(Collectors.toSet());
		Set<String> registered = Arrays.stream(ChunfengCommand.class.getAnnotation(Command.class).subcommands())
			.map(Class::getName)
			.collect(Collectors.toSet());
		assertThat(commands).isNotEmpty();
		assertThat(registered).containsAll(commands);
	}

}
