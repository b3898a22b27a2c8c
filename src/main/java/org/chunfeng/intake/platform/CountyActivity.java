package org.chunfeng.intake.platform;

/** A county's counted platform activities and the positions they offered. */
public record CountyActivity(String countyCode, long activities, long positions) {

}
