package org.caregate.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.caregate.identity.api.ChartedPatient;
import org.caregate.identity.api.PatientCharts;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;

/** Looks the organization's patients up by MRN or id for virtual nursing. */
@Stateless
public class PatientChartsBean implements PatientCharts {

    @Inject
    UserRepository users;

    @Override
    public Optional<ChartedPatient> byMrn(long organizationId, String mrn) {
        return users.findPatientByMrn(organizationId, mrn).map(PatientChartsBean::charted);
    }

    @Override
    public Optional<ChartedPatient> patient(long organizationId, long patientId) {
        return users.find(organizationId, patientId).filter(User::isPatient).map(PatientChartsBean::charted);
    }

    private static ChartedPatient charted(User user) {
        return new ChartedPatient(user.id(), user.firstName(), user.lastName(), user.dob(),
                user.ehrDemographics().mrn());
    }
}
