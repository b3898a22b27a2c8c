package org.chunfeng;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** Feature packages only use each other's API, never their internals. */
class ModularityTests {

	@Test
	void featureModulesKeepTheirBoundaries() {
		ApplicationModules.of(ChunfengApplication.class).verify();
	}

}
