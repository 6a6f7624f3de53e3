package vn.motcua.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tax code (with its check digit) and the passport number, as the counter, the portal and the import check them. */
class ApplicantIdentifiersTests {

	@Test
	void publishedTaxCodesPassAndAWrongCheckDigitOrShapeFails() {
		assertThat(TaxCode.isValid("0100109106")).as("Viettel").isTrue();
		assertThat(TaxCode.isValid("0101248141")).as("FPT").isTrue();
		assertThat(TaxCode.isValid("0300588569")).as("Vinamilk").isTrue();
		assertThat(TaxCode.isValid("0101248141-003")).as("a branch").isTrue();
		assertThat(TaxCode.isValid("0100109107")).as("wrong check digit").isFalse();
		assertThat(TaxCode.isValid("010010910")).isFalse();
		assertThat(TaxCode.isValid("0101248141-03")).isFalse();
		assertThat(TaxCode.isValid("0101248141003")).isFalse();
		assertThat(TaxCode.isValid(null)).isFalse();
	}

	@Test
	void aPassportNumberIsSixToNineLettersOrDigits() {
		assertThat(PassportNumber.isValid("C1234567")).isTrue();
		assertThat(PassportNumber.isValid("M12345678")).isTrue();
		assertThat(PassportNumber.isValid("123456")).isTrue();
		assertThat(PassportNumber.isValid("AB123")).isFalse();
		assertThat(PassportNumber.isValid("AB1234567X")).isFalse();
		assertThat(PassportNumber.isValid("AB 12345")).isFalse();
		assertThat(PassportNumber.normalise(" c1234567 ")).isEqualTo("C1234567");
	}
}
