/**
 * The admin web console and JSON API (SPEC §7).
 */
@ApplicationModule
package org.chunfeng.admin;

import org.springframework.modulith.ApplicationModule;
