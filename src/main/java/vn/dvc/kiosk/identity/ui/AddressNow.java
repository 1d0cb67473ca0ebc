package vn.dvc.kiosk.identity.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.dvc.kiosk.identity.CitizenIdCard;

/** Where the card's pre-2025 address lies today ("Xã Yên Bình, Thành phố Hà Nội"), when it can be matched. */
@Component
class AddressNow {

    Optional<String> of(CitizenIdCard card) {
        return Optional.empty();
    }
}
