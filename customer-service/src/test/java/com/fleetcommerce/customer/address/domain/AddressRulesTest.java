package com.fleetcommerce.customer.address.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fleetcommerce.shared.web.problem.FieldViolation;
import com.fleetcommerce.shared.web.problem.InvalidFieldsException;
import org.junit.jupiter.api.Test;

class AddressRulesTest {

    @Test
    void vietnamNeedsItsThreeLevelsAStreetAndAVietnamesePhone() {
        AddressDraft draft = new AddressDraft(null, "A", "+1 555 0100", "vn", "Hà Nội", null, " ", null, null,
                null, "1234", false, false);
        assertThatThrownBy(() -> AddressRules.check(draft)).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.errors()).extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("line1", "district", "ward", "phone", "postalCode"));
    }

    @Test
    void validAddressesAreNormalised() {
        AddressDraft vn = AddressRules.check(new AddressDraft(" Nhà ", "A", "090 123-4567", "vn", "Hà Nội",
                "Ba Đình", "Điện Biên", null, "1 Hoàng Diệu", null, "100000", true, false));
        assertThat(vn.country()).isEqualTo("VN");
        assertThat(vn.phone()).isEqualTo("0901234567");
        assertThat(vn.label()).isEqualTo("Nhà");
        AddressDraft jp = AddressRules.check(new AddressDraft(null, "T", null, "JP", null, null, null, "Tokyo",
                "1-1 Chiyoda", null, "100-0001", false, false));
        assertThat(jp.postalCode()).isEqualTo("100-0001");
        AddressDraft sg = AddressRules.check(new AddressDraft(null, "T", "+6591234567", "SG", null, null, null,
                "Singapore", "1 Raffles Pl", null, "048616", false, false));
        assertThat(sg.city()).isEqualTo("Singapore");
        assertThatThrownBy(() -> AddressRules.check(new AddressDraft(null, "T", null, "SG", null, null, null,
                "Singapore", "1 Raffles Pl", null, "4861", false, false))).isInstanceOf(InvalidFieldsException.class);
    }
}
