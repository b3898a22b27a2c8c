/**
 * Intake of the cities' statistics workbooks (SPEC §3.1): a module of its own, nested in
 * {@code intake}.
 */
@ApplicationModule(allowedDependencies = { "campaign", "region" })
package org.chunfeng.intake.city;

import org.springframework.modulith.ApplicationModule;
