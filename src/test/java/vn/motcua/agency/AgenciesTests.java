package vn.motcua.agency;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference list of 2025 administrative units is loaded by migration, and communes can be activated. */
@MotCuaTest
class AgenciesTests {

	@Autowired
	Agencies agencies;

	@Test
	void the34ProvincesAnd3321CommunesOf2025AreLoaded() {
		assertThat(agencies.provinces()).hasSize(34);
		assertThat(agencies.provinces().stream().mapToInt(Province::communes).sum()).isEqualTo(3321);
		assertThat(agencies.inProvince("38")).hasSize(166);
		assertThat(agencies.find("14908")).get().satisfies(thienPhu -> {
			assertThat(thienPhu.name()).isEqualTo("Xã Thiên Phủ");
			assertThat(thienPhu.provinceName()).isEqualTo("Thanh Hóa");
			assertThat(thienPhu.kind()).isEqualTo(Agency.Kind.COMMUNE);
		});
	}

	@Test
	void theCommunesNamedAtStartUpAreActiveAndOthersCanBeActivated() {
		assertThat(agencies.active()).extracting(Agency::code).contains("14908");
		assertThat(agencies.setActive("16522", true)).isTrue();
		assertThat(agencies.find("16522")).get().extracting(Agency::active).isEqualTo(true);
		assertThat(agencies.setActive("99999", true)).isFalse();
		agencies.setActive("16522", false);
	}
}
