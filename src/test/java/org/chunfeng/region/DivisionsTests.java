package org.chunfeng.region;

import org.chunfeng.ModuleBeans;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled Shanxi divisions and the name matching clerks' spellings need, with the
 * region module started alone (it depends on no other).
 */
@ApplicationModuleTest
@TestPropertySource(properties = "spring.quartz.scheduler-name=chunfeng-region-module-tests")
class DivisionsTests {

	@Autowired
	Divisions divisions;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void startsWithTheRegionModuleAlone() {
		assertThat(ModuleBeans.modulesWithBeans(this.context)).containsExactly("region");
	}

	@Test
	void holdsElevenCitiesAndOneHundredSeventeenCountiesInReferenceOrder() {
		assertThat(this.divisions.cities()).hasSize(11);
		assertThat(this.divisions.counties()).hasSize(117);
		assertThat(this.divisions.cities().get(0).name()).isEqualTo("太原市");
		assertThat(this.divisions.cities().get(10).name()).isEqualTo("吕梁市");
		assertThat(this.divisions.cities().get(0).counties().get(0).code()).isEqualTo("140105");
	}

	@Test
	void findsCitiesWithOrWithoutShiAndWithStraySpaces() {
		assertThat(this.divisions.city("太原").map(City::code)).contains("1401");
		assertThat(this.divisions.city(" 阳泉 市\n").map(City::code)).contains("1403");
		assertThat(this.divisions.city("太原县")).isEmpty();
		assertThat(this.divisions.city("")).isEmpty();
	}

	@Test
	void resolvesChengquByItsCity() {
		City yangquan = this.divisions.city("阳泉市").orElseThrow();
		City jincheng = this.divisions.city("晋城市").orElseThrow();
		assertThat(this.divisions.county(yangquan, "城区").map(County::code)).contains("140302");
		assertThat(this.divisions.county(jincheng, "城区").map(County::code)).contains("140502");
		assertThat(this.divisions.countyAnywhere("城区")).isEmpty();
	}

	@Test
	void acceptsCountyNamesWithoutSuffixWhereUnambiguous() {
		City taiyuan = this.divisions.city("太原市").orElseThrow();
		assertThat(this.divisions.county(taiyuan, "小店").map(County::code)).contains("140105");
		assertThat(this.divisions.county(taiyuan, "古交").map(County::code)).contains("140181");
		assertThat(this.divisions.county(taiyuan, "平遥县")).isEmpty();
	}

	@Test
	void normalizesFullWidthCharactersAndWhitespace() {
		assertThat(Divisions.normalize("（１２３）\u3000ａ b\r\n")).isEqualTo("(123)ab");
		assertThat(Divisions.normalize("HD2024 00１\u200B")).isEqualTo("HD2024001");
		assertThat(Divisions.normalize("2024年春风行动")).isEqualTo("2024年春风行动");
		assertThat(Divisions.normalize(null)).isEmpty();
	}

}
