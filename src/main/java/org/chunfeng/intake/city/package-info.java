/**
 * Intake of the cities' statistics workbooks (SPEC §3.1): a module of its own, nested in
 * {@code intake}.
 */
@ApplicationModule
package org.chunfeng.intake.city;

import org.springframework.modulith.ApplicationModule;
