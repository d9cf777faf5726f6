package org.caregate.nursing.application;

import static org.caregate.nursing.application.InMemoryNursing.ORG;
import static org.caregate.nursing.application.InMemoryNursing.OTHER_ORG;
import static org.caregate.nursing.application.InMemoryNursing.admin;
import static org.caregate.nursing.application.InMemoryNursing.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.CareLocationId;
import org.caregate.kernel.id.NursingLocationId;
import org.caregate.nursing.api.CareLocationChanges;
import org.caregate.nursing.api.CareLocationView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NursingFacilityFacadeBeanTest {

    private InMemoryNursing nursing;
    private NursingLocationId hospital;

    @BeforeEach
    void building() {
        nursing = new InMemoryNursing();
        hospital = new NursingLocationId(nursing.facility.createLocation(admin(1, ORG), "building", "hospital").id());
    }

    private CareLocationChanges room(String floor, String room, String serial) {
        return new CareLocationChanges(null, hospital, "Room " + room, floor, room, null, serial,
                serial == null ? null : "tablet", null, null);
    }

    @Test
    void onlyAdminsChangeTheStructure() {
        assertThrows(ForbiddenException.class, () -> nursing.facility.createLocation(member(2, ORG), "building", "B"));
        assertThrows(ForbiddenException.class, () -> nursing.facility.createCareLocation(member(2, ORG),
                room("1", "10", null)));
        assertEquals(List.of("facility_location.created 1"), nursing.audit);
    }

    @Test
    void inputIsChecked() {
        InvalidInputException kind = assertThrows(InvalidInputException.class,
                () -> nursing.facility.createLocation(admin(1, ORG), "wing", " "));
        assertEquals(List.of(new FieldMessage("kind", "must be building or department"),
                new FieldMessage("name", "can't be blank")), kind.problems());
        InvalidInputException address = assertThrows(InvalidInputException.class, () -> nursing.facility
                .createCareLocation(admin(1, ORG), new CareLocationChanges(null, hospital, "x", null, "1", null,
                        "S1", null, null, true)));
        assertEquals(List.of(new FieldMessage("floor", "can't be blank in a building"),
                new FieldMessage("device_type", "can't be blank with a device serial number")), address.problems());
        assertThrows(InvalidInputException.class, () -> nursing.facility.createLocation(admin(1, ORG), "building",
                "HOSPITAL"));
    }

    @Test
    void addressesAndDevicesAreUnique() {
        nursing.facility.createCareLocation(admin(1, ORG), room("1", "10", "S1"));
        assertEquals("room", assertThrows(InvalidInputException.class, () -> nursing.facility.createCareLocation(
                admin(1, ORG), room("1", "10", null))).problems().get(0).field());
        assertEquals("device_serial_number", assertThrows(InvalidInputException.class,
                () -> nursing.facility.createCareLocation(admin(1, ORG), room("1", "11", "S1")))
                .problems().get(0).field());
    }

    @Test
    void aPatientIsPlacedInOnePlaceAtATime() {
        nursing.patient(44, ORG, "1234");
        nursing.patient(45, OTHER_ORG, "9999");
        CareLocationId first = new CareLocationId(nursing.facility.createCareLocation(admin(1, ORG),
                room("1", "10", null)).id());
        CareLocationId second = new CareLocationId(nursing.facility.createCareLocation(admin(1, ORG),
                room("1", "11", null)).id());
        nursing.facility.placePatient(member(2, ORG), first, "1234");
        CareLocationView moved = nursing.facility.placePatient(member(2, ORG), second, "1234");
        assertEquals(44, moved.patient().id());
        assertNull(nursing.facility.careLocation(member(2, ORG), first).patient());
        assertThrows(NotFoundException.class, () -> nursing.facility.placePatient(member(2, ORG), first, "9999"));
        assertNull(nursing.facility.placePatient(member(2, ORG), second, "").patient());
        assertThrows(NotFoundException.class, () -> nursing.facility.careLocation(member(9, OTHER_ORG), first));
    }

    @Test
    void devicesReportTheirPresence() {
        CareLocationView created = nursing.facility.createCareLocation(admin(1, ORG), room("1", "10", "S1"));
        assertEquals("offline", created.device().availability());
        assertEquals("online", nursing.facility.reportPresence(member(2, ORG), "S1", "online").device()
                .availability());
        assertThrows(InvalidInputException.class, () -> nursing.facility.reportPresence(member(2, ORG), "S1", "gone"));
        assertThrows(NotFoundException.class, () -> nursing.facility.reportPresence(member(9, OTHER_ORG), "S1",
                "online"));
    }
}
