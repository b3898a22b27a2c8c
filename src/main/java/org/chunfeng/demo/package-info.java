/**
 * Realistic sample inputs for a first run: a season's platform export and the cities'
 * workbooks with the messy variants real submissions have.
 */
@ApplicationModule(allowedDependencies = { "region", "intake.city" })
package org.chunfeng.demo;

import org.springframework.modulith.ApplicationModule;
