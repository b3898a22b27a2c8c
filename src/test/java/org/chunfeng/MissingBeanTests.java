package org.chunfeng;

import org.chunfeng.reconcile.Reconciler;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A wiring mistake stops the start and names what is missing: no feature is quietly left
 * out of a running application.
 */
class MissingBeanTests {

	@Test
	void aCommandDoesNotStartWithoutTheReconciler() {
		SpringApplication application = ChunfengApplication.application(false);
		application.addInitializers((context) -> context.addBeanFactoryPostProcessor(without(Reconciler.class)));

		assertThatExceptionOfType(UnsatisfiedDependencyException.class).isThrownBy(() -> application.run("status"))
			.havingRootCause()
			.isInstanceOfSatisfying(NoSuchBeanDefinitionException.class,
					(missing) -> assertThat(missing.getBeanType()).isEqualTo(Reconciler.class));
	}

	/**
	 * Removes the definitions of every bean of the type, as a mistake in wiring would.
	 */
	private static BeanFactoryPostProcessor without(Class<?> type) {
		return (beanFactory) -> {
			for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
				((BeanDefinitionRegistry) beanFactory).removeBeanDefinition(name);
			}
		};
	}

}
