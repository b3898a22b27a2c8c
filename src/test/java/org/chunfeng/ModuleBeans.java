package org.chunfeng;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.test.ModuleTestExecution;
import org.springframework.util.ClassUtils;

/**
 * Which application modules the beans of an {@code @ApplicationModuleTest} context come
 * from, by the module the bean's class belongs to. Spring's own beans belong to none, and
 * the application's root package (the application class, the work folder) is in every
 * module's test.
 */
public final class ModuleBeans {

	private ModuleBeans() {
	}

	/** The identifiers of the modules with a bean in the context. */
	public static Set<String> modulesWithBeans(ConfigurableApplicationContext context) {
		var modules = context.getBean(ModuleTestExecution.class).getModules();
		var factory = context.getBeanFactory();
		return Arrays.stream(factory.getBeanDefinitionNames())
			.map((name) -> factory.getType(name, false))
			.filter(Objects::nonNull)
			.map(ClassUtils::getUserClass)
			.flatMap((type) -> modules.getModuleByType(type).stream())
			.filter((module) -> !module.isRootModule())
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)
			.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
	}

}
