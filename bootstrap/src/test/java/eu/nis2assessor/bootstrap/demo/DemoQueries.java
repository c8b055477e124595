package eu.nis2assessor.bootstrap.demo;

/** The three example queries of the README, section "Demo data", verbatim: DemoDataTest runs them. */
final class DemoQueries {

    private DemoQueries() {
    }

    /** 1. The group, its entities with country and activities. */
    static final String ENTITIES = """
            {
              groups(first: 5) {
                edges { node {
                  name
                  entities(first: 20) { edges { node {
                    key name country activities { type }
                    owners { edges { node { owner { name } capitalPercent } } }
                  } } }
                } }
              }
            }""";

    /** 2. The latest group assessment: class, size and supervision of each entity. */
    static final String ASSESSMENT = """
            {
              groups(first: 1) {
                edges { node {
                  assessments(first: 1) { edges { node {
                    asOf rulesVersion inputHash entityCount
                    results(first: 20) { edges { node {
                      key entityClass sizeClass
                      result { assessment { legalBasis supervision { regime } } }
                    } } }
                  } } }
                } }
              }
            }""";

    /** 3. The Art 20 view: approvals, trainings and gaps of every in-scope entity. */
    static final String ACCOUNTABILITY = """
            {
              groups(first: 1) {
                edges { node {
                  entities(first: 20) { edges { node {
                    name
                    managementAccountability {
                      entityClass measuresApproved
                      currentApproval { measuresVersion approvedOn documentReference }
                      approvedBy { name role }
                      trainings { member { name } lastTraining { completedOn provider topic } }
                      gaps { code message member { name } }
                    }
                  } } }
                } }
              }
            }""";
}
