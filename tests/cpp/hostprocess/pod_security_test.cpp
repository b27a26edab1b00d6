// Pod Security admission at the latest policy version: baseline and restricted refuse
// HostProcess pods, host namespaces, host ports and hostPath volumes, with admission's wording
// (kubernetes/pod-security-admission policy/check_*.go).
#include "catch.hpp"
#include "hostprocess/manifest_helpers.hpp"

#include <winnet/hostprocess/pod_security.hpp>

using namespace winnet::hostprocess;
using hostprocess_test::daemon_set;
using hostprocess_test::pod;
using hostprocess_test::valid_spec;
using Strings = std::vector<std::string>;

namespace {
const std::string nano = R"("image":"mcr.microsoft.com/windows/nanoserver:ltsc2022")";

std::string detail(const Workload& w, PodSecurityLevel level) {
    return pod_security_detail(evaluate_pod_security(w, level));
}

Strings checks(const Workload& w, PodSecurityLevel level) {
    Strings out;
    for (const auto& v : evaluate_pod_security(w, level)) {
        out.push_back(v.check);
    }
    return out;
}
} // namespace

TEST_CASE("The privileged level allows HostProcess pods", "[hostprocess][pss]") {
    CHECK(evaluate_pod_security(pod(valid_spec()), PodSecurityLevel::Privileged).empty());
}

TEST_CASE("Baseline refuses a HostProcess pod for host namespaces and hostProcess",
          "[hostprocess][pss]") {
    CHECK(detail(daemon_set(valid_spec()), PodSecurityLevel::Baseline) ==
          "host namespaces (hostNetwork=true), hostProcess (pod must not set "
          "securityContext.windowsOptions.hostProcess=true)");
    CHECK(checks(daemon_set(valid_spec()), PodSecurityLevel::Baseline) ==
          Strings{"hostNamespaces", "windowsHostProcess"});
}

TEST_CASE("Baseline names the pod and the containers that set hostProcess", "[hostprocess][pss]") {
    const std::string hp = R"(,"securityContext":{"windowsOptions":{"hostProcess":true}})";
    const auto containers_only = pod(R"("hostNetwork":true,"containers":[{"name":"a",)" + nano +
                                     hp + R"(},{"name":"b",)" + nano + hp + "}]");
    CHECK(evaluate_pod_security(containers_only, PodSecurityLevel::Baseline).back().details ==
          "containers \"a\", \"b\" must not set securityContext.windowsOptions.hostProcess=true");
    const auto both =
        pod(R"("hostNetwork":true,"securityContext":{"windowsOptions":{"hostProcess":true}},)"
            R"("initContainers":[{"name":"init",)" +
            nano + hp + R"(}],"containers":[{"name":"a",)" + nano + "}]");
    CHECK(
        evaluate_pod_security(both, PodSecurityLevel::Baseline).back().details ==
        "pod and container \"init\" must not set securityContext.windowsOptions.hostProcess=true");
}

TEST_CASE("Baseline refuses host ports, which a hostNetwork Pod gets from its container ports",
          "[hostprocess][pss]") {
    const std::string spec = R"("hostNetwork":true,"containers":[{"name":"exporter",)" + nano +
                             R"(,"ports":[{"containerPort":9182},{"containerPort":10250}]}])";
    CHECK(detail(pod(spec), PodSecurityLevel::Baseline) ==
          "host namespaces (hostNetwork=true), hostPort (container \"exporter\" uses hostPorts "
          "10250, 9182)");
    // A template keeps hostPort unset (since 1.28), so the workload's warning has no hostPort.
    CHECK(detail(daemon_set(spec), PodSecurityLevel::Baseline) ==
          "host namespaces (hostNetwork=true)");
}

TEST_CASE("Baseline refuses hostPath volumes and privileged containers", "[hostprocess][pss]") {
    const auto w = daemon_set(
        R"("volumes":[{"name":"cni-bin","hostPath":{"path":"/opt/cni/bin"}},)"
        R"({"name":"cfg","configMap":{"name":"c"}},{"name":"cni-net","hostPath":{"path":"/etc/cni/net.d"}}],)"
        R"("containers":[{"name":"a",)" +
        nano + R"(,"securityContext":{"privileged":true}}])");
    CHECK(detail(w, PodSecurityLevel::Baseline) ==
          "hostPath volumes (volumes \"cni-bin\", \"cni-net\"), privileged (container \"a\" must "
          "not set securityContext.privileged=true)");
}

TEST_CASE("Baseline's Linux checks: capabilities, sysctls, SELinux, seccomp, procMount, AppArmor",
          "[hostprocess][pss]") {
    const auto w = hostprocess_test::one(
        R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","annotations":)"
        R"({"container.apparmor.security.beta.kubernetes.io/a":"unconfined"}},)"
        R"("spec":{"securityContext":{"sysctls":[{"name":"kernel.msgmax","value":"1"}]},)"
        R"("containers":[{"name":"a",)" +
        nano +
        R"(,"livenessProbe":{"httpGet":{"host":"10.0.0.1","port":80}},)"
        R"("securityContext":{"capabilities":{"add":["NET_ADMIN","CHOWN"]},"procMount":"Unmasked",)"
        R"("seccompProfile":{"type":"Unconfined"},"seLinuxOptions":{"type":"spc_t","user":"u"}}}]}})");
    CHECK(checks(w, PodSecurityLevel::Baseline) ==
          Strings{"appArmorProfile", "capabilities_baseline", "hostProbesAndHostLifecycle",
                  "procMount", "seLinuxOptions", "seccompProfile_baseline", "sysctls"});
    CHECK(detail(w, PodSecurityLevel::Baseline) ==
          "forbidden AppArmor profile (annotation must not set AppArmor profile type to "
          "\"container.apparmor.security.beta.kubernetes.io/a=\"unconfined\"\"), non-default "
          "capabilities (container \"a\" must not include \"NET_ADMIN\" in "
          "securityContext.capabilities.add), probe or lifecycle host (container \"a\" uses "
          "probe or lifecycle host \"10.0.0.1\"), procMount (container \"a\" must not set "
          "securityContext.procMount to \"Unmasked\"), seLinuxOptions (container \"a\" set "
          "forbidden securityContext.seLinuxOptions: type \"spc_t\"; user may not be set), "
          "seccompProfile (container \"a\" must not set securityContext.seccompProfile.type to "
          "\"Unconfined\"), forbidden sysctls (kernel.msgmax)");
}

TEST_CASE("A user-namespaced pod may set procMount under baseline", "[hostprocess][pss]") {
    const auto w = pod(R"("hostUsers":false,"containers":[{"name":"a",)" + nano +
                       R"(,"securityContext":{"procMount":"Unmasked"}}])");
    CHECK(evaluate_pod_security(w, PodSecurityLevel::Baseline).empty());
    CHECK(checks(w, PodSecurityLevel::Restricted).front() == "allowPrivilegeEscalation");
}

TEST_CASE("Restricted replaces hostPath by restricted volume types and asks for non-root",
          "[hostprocess][pss]") {
    const auto w =
        daemon_set(R"("os":{"name":"windows"},"hostNetwork":true,)"
                   R"("securityContext":{"windowsOptions":{"hostProcess":true}},)"
                   R"("volumes":[{"name":"cni-bin","hostPath":{"path":"/opt/cni/bin"}}],)"
                   R"("containers":[{"name":"agent",)" +
                   nano + "}]");
    CHECK(checks(w, PodSecurityLevel::Restricted) ==
          Strings{"hostNamespaces", "windowsHostProcess", "restrictedVolumes", "runAsNonRoot"});
    CHECK(detail(w, PodSecurityLevel::Restricted) ==
          "host namespaces (hostNetwork=true), hostProcess (pod must not set "
          "securityContext.windowsOptions.hostProcess=true), restricted volume types (volume "
          "\"cni-bin\" uses restricted volume type \"hostPath\"), runAsNonRoot != true (pod or "
          "container \"agent\" must set securityContext.runAsNonRoot=true)");
}

TEST_CASE("Restricted applies its Linux checks to pods that do not say they are Windows pods",
          "[hostprocess][pss]") {
    const auto w = daemon_set(R"("containers":[{"name":"agent",)" + nano + "}]");
    CHECK(checks(w, PodSecurityLevel::Restricted) ==
          Strings{"allowPrivilegeEscalation", "capabilities_restricted", "runAsNonRoot",
                  "seccompProfile_restricted"});
    CHECK(detail(w, PodSecurityLevel::Restricted) ==
          "allowPrivilegeEscalation != false (container \"agent\" must set "
          "securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "
          "\"agent\" must set securityContext.capabilities.drop=[\"ALL\"]), runAsNonRoot != true "
          "(pod or container \"agent\" must set securityContext.runAsNonRoot=true), seccompProfile "
          "(pod or container \"agent\" must set securityContext.seccompProfile.type to "
          "\"RuntimeDefault\" or \"Localhost\")");
}

TEST_CASE("Restricted accepts a hardened Linux-style pod", "[hostprocess][pss]") {
    const auto w = daemon_set(
        R"("securityContext":{"runAsNonRoot":true,"seccompProfile":{"type":"RuntimeDefault"}},)"
        R"("containers":[{"name":"agent",)" +
        nano +
        R"(,"securityContext":{"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"],"add":["NET_BIND_SERVICE"]}}}])");
    CHECK(evaluate_pod_security(w, PodSecurityLevel::Restricted).empty());
}

TEST_CASE("runAsNonRoot false and runAsUser 0 are named with their setters", "[hostprocess][pss]") {
    const auto w = daemon_set(R"("securityContext":{"runAsNonRoot":false,"runAsUser":0},)"
                              R"("containers":[{"name":"a",)" +
                              nano + R"(,"securityContext":{"runAsUser":0}}])");
    const auto v = evaluate_pod_security(w, PodSecurityLevel::Restricted);
    std::string text = pod_security_detail(v);
    CHECK(text.find("runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)") !=
          std::string::npos);
    CHECK(text.find("runAsUser=0 (pod and container \"a\" must not set runAsUser=0)") !=
          std::string::npos);
}
