/**
 * The command line (SPEC §7).
 */
@ApplicationModule
package org.chunfeng.cli;

import org.springframework.modulith.ApplicationModule;
