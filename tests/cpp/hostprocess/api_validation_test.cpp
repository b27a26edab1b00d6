// The API server's HostProcess rules, one by one, with the messages and field paths kubectl
// prints (kubernetes/kubernetes pkg/apis/core/validation/validation.go).
#include "catch.hpp"
#include "hostprocess/manifest_helpers.hpp"

#include <winnet/hostprocess/validation.hpp>

using namespace winnet::hostprocess;
using hostprocess_test::api_errors;
using hostprocess_test::api_rules;
using hostprocess_test::daemon_set;
using hostprocess_test::one;
using hostprocess_test::pod;
using hostprocess_test::valid_spec;
using Strings = std::vector<std::string>;

namespace {
const std::string nano = R"("image":"mcr.microsoft.com/windows/nanoserver:ltsc2022")";

// A HostProcess pod spec (pod-level hostProcess) with `containers` and `extra` members.
std::string hp_spec(const std::string& containers,
                    const std::string& extra = R"("hostNetwork":true)") {
    return extra + R"(,"securityContext":{"windowsOptions":{"hostProcess":true}},"containers":[)" +
           containers + "]";
}
} // namespace

TEST_CASE("A HostProcess pod with hostNetwork and a SYSTEM account passes validation",
          "[hostprocess][api]") {
    CHECK(api_errors(pod(valid_spec())).empty());
    CHECK(api_errors(daemon_set(valid_spec())).empty());
}

TEST_CASE("A HostProcess pod without hostNetwork is invalid at spec.hostNetwork",
          "[hostprocess][api]") {
    const auto spec = hp_spec(R"({"name":"a",)" + nano + "}", R"("hostNetwork":false)");
    CHECK(api_errors(pod(spec)) ==
          Strings{"spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod "
                  "contains any hostProcess containers"});
    CHECK(api_rules(pod(spec)) == Strings{"hostProcess-host-network"});
}

TEST_CASE("Field paths follow the object: a DaemonSet's template and a CronJob's job template",
          "[hostprocess][api]") {
    const auto spec = hp_spec(R"({"name":"a",)" + nano + "}", R"("hostNetwork":false)");
    CHECK(api_errors(daemon_set(spec)) ==
          Strings{"spec.template.spec.hostNetwork: Invalid value: false: hostNetwork must be "
                  "true if pod contains any hostProcess containers"});
    const auto cron =
        one(R"({"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"c"},)"
            R"("spec":{"schedule":"@hourly","jobTemplate":{"spec":{"template":{"spec":{)" +
            spec + "}}}}}}");
    CHECK(api_errors(cron) ==
          Strings{"spec.jobTemplate.spec.template.spec.hostNetwork: Invalid value: false: "
                  "hostNetwork must be true if pod contains any hostProcess containers"});
}

TEST_CASE("hostNetwork is not required when hostProcess is false or unset everywhere",
          "[hostprocess][api]") {
    CHECK(api_errors(pod(R"("containers":[{"name":"a",)" + nano + "}]")).empty());
    CHECK(api_errors(pod(R"("securityContext":{"windowsOptions":{"hostProcess":false}},)"
                         R"("containers":[{"name":"a",)" +
                         nano + "}]"))
              .empty());
}

TEST_CASE("A container that disagrees with the pod's hostProcess is invalid, and the pod mixes "
          "container kinds",
          "[hostprocess][api]") {
    const auto spec = hp_spec(R"({"name":"a",)" + nano + R"(},{"name":"logs",)" + nano +
                              R"(,"securityContext":{"windowsOptions":{"hostProcess":false}}})");
    CHECK(api_errors(pod(spec)) ==
          Strings{"spec.containers[1].securityContext.windowsOptions.hostProcess: Invalid value: "
                  "false: pod hostProcess value must be identical if both are specified, was true",
                  "spec: Invalid value: \"\": If pod contains any hostProcess containers then all "
                  "containers must be HostProcess containers"});
    CHECK(api_rules(pod(spec)) == Strings{"hostProcess-agreement", "hostProcess-all-containers"});
}

TEST_CASE("A container setting hostProcess true in a pod that sets false is invalid",
          "[hostprocess][api]") {
    const auto w =
        pod(R"("hostNetwork":true,"securityContext":{"windowsOptions":{"hostProcess":false}},)"
            R"("containers":[{"name":"a",)" +
            nano + R"(,"securityContext":{"windowsOptions":{"hostProcess":true}}}])");
    CHECK(
        api_errors(w) ==
        Strings{"spec.containers[0].securityContext.windowsOptions.hostProcess: Invalid value: "
                "true: pod hostProcess value must be identical if both are specified, was false"});
}

TEST_CASE("Containers may each set hostProcess without the pod-level field", "[hostprocess][api]") {
    const std::string hp = R"(,"securityContext":{"windowsOptions":{"hostProcess":true}})";
    const auto w = pod(R"("hostNetwork":true,"containers":[{"name":"a",)" + nano + hp +
                       R"(},{"name":"b",)" + nano + hp + "}]");
    CHECK(api_errors(w).empty());
}

TEST_CASE("An init container without hostProcess makes the pod mix container kinds",
          "[hostprocess][api]") {
    const std::string hp = R"(,"securityContext":{"windowsOptions":{"hostProcess":true}})";
    const auto w = pod(R"("hostNetwork":true,"initContainers":[{"name":"setup",)" + nano +
                       R"(}],"containers":[{"name":"a",)" + nano + hp + "}]");
    CHECK(api_rules(w) == Strings{"hostProcess-all-containers"});
    CHECK(api_errors(w).front() ==
          "spec: Invalid value: \"\": If pod contains any hostProcess containers then all "
          "containers must be HostProcess containers");
}

TEST_CASE("Ephemeral containers count for HostProcess and cannot be set on create",
          "[hostprocess][api]") {
    const auto w = pod(hp_spec(R"({"name":"a",)" + nano + "}") +
                       R"(,"ephemeralContainers":[{"name":"debugger",)" + nano +
                       R"(,"securityContext":{"windowsOptions":{"hostProcess":false}}}])");
    CHECK(api_errors(w) ==
          Strings{"spec.ephemeralContainers[0].securityContext.windowsOptions.hostProcess: "
                  "Invalid value: false: pod hostProcess value must be identical if both are "
                  "specified, was true",
                  "spec: Invalid value: \"\": If pod contains any hostProcess containers then all "
                  "containers must be HostProcess containers",
                  "spec.ephemeralContainers: Forbidden: cannot be set on create"});
    const auto ds = daemon_set(hp_spec(R"({"name":"a",)" + nano + "}") +
                               R"(,"ephemeralContainers":[{"name":"debugger",)" + nano + "}]");
    CHECK(api_errors(ds) == Strings{"spec.template.spec.ephemeralContainers: Forbidden: ephemeral "
                                    "containers not allowed in pod template"});
}

TEST_CASE(
    "An API server with --allow-privileged=false forbids HostProcess and privileged containers",
    "[hostprocess][api]") {
    CHECK(api_errors(pod(valid_spec()), false) ==
          Strings{"spec: Forbidden: hostProcess containers are disallowed by cluster policy"});
    const auto privileged =
        pod(R"("containers":[{"name":"a",)" + nano + R"(,"securityContext":{"privileged":true}}])");
    CHECK(api_errors(privileged, false) ==
          Strings{"spec.containers[0].securityContext.privileged: Forbidden: disallowed by "
                  "cluster policy"});
    CHECK(api_errors(privileged, true).empty());
}

TEST_CASE("HostProcess errors come in upstream order: all-or-none, hostNetwork, cluster policy",
          "[hostprocess][api]") {
    const auto spec = hp_spec(R"({"name":"a",)" + nano + R"(},{"name":"b",)" + nano +
                                  R"(,"securityContext":{"windowsOptions":{"hostProcess":false}}})",
                              R"("hostNetwork":false)");
    CHECK(api_rules(pod(spec), false) ==
          Strings{"hostProcess-agreement", "hostProcess-all-containers", "hostProcess-host-network",
                  "hostProcess-allow-privileged"});
}

TEST_CASE("The API does not require spec.os.name windows, so privileged HostProcess pods pass",
          "[hostprocess][api]") {
    const auto w =
        pod(hp_spec(R"({"name":"a",)" + nano + R"(,"securityContext":{"privileged":true}})"));
    CHECK(api_errors(w).empty());
}

// --- runAsUserName ------------------------------------------------------------------------------

namespace {
Strings user_errors(const std::string& json_name) {
    return api_errors(pod(R"("securityContext":{"windowsOptions":{"runAsUserName":)" + json_name +
                          R"(}},"containers":[{"name":"a",)" + nano + "}]"));
}
const std::string user_path = "spec.securityContext.windowsOptions.runAsUserName: Invalid value: ";
} // namespace

TEST_CASE("runAsUserName accepts the service accounts, local groups and DNS domains",
          "[hostprocess][api][runAsUserName]") {
    CHECK(user_errors(R"("NT AUTHORITY\\SYSTEM")").empty());
    CHECK(user_errors(R"("NT AUTHORITY\\Local service")").empty());
    CHECK(user_errors(R"("hpc-localgroup")").empty());
    CHECK(user_errors(R"("corp.example.com\\svc-agent")").empty());
    CHECK(user_errors(R"("my domain\\user")").empty()); // NetBIOS names may contain spaces
}

TEST_CASE("runAsUserName must not be empty", "[hostprocess][api][runAsUserName]") {
    CHECK(user_errors(R"("")") ==
          Strings{user_path + R"("": runAsUserName cannot be an empty string)"});
}

TEST_CASE("runAsUserName must not contain control characters, printed as JSON escapes",
          "[hostprocess][api][runAsUserName]") {
    CHECK(
        user_errors(R"("SYSTEM\u0007")") ==
        Strings{user_path + R"("SYSTEM\u0007": runAsUserName cannot contain control characters)"});
}

TEST_CASE("runAsUserName allows one backslash: a doubly escaped YAML string has two",
          "[hostprocess][api][runAsUserName]") {
    CHECK(user_errors(R"("NT AUTHORITY\\\\SYSTEM")") ==
          Strings{
              user_path +
              R"("NT AUTHORITY\\\\SYSTEM": runAsUserName cannot contain more than one backslash)"});
}

TEST_CASE("runAsUserName's domain is under 256 bytes and a NetBIOS or DNS name",
          "[hostprocess][api][runAsUserName]") {
    const std::string long_domain(256, 'a');
    CHECK(api_rules(pod(R"("securityContext":{"windowsOptions":{"runAsUserName":")" + long_domain +
                        R"(\\u"}},"containers":[{"name":"a",)" + nano + "}]")) ==
          Strings{"runAsUserName-domain-length", "runAsUserName-domain-format"});
    CHECK(
        user_errors(R"(".corp\\user")") ==
        Strings{
            user_path +
            R"(".corp\\user": runAsUserName's Domain doesn't match the NetBios nor the DNS format)"});
    CHECK(user_errors(R"("co*rp\\user")").size() == 1);
    CHECK(user_errors(R"("\\user")").size() == 1); // an empty domain is neither
    // Sixteen characters: too long for NetBIOS, but a valid DNS name.
    CHECK(user_errors(R"("abcdefghijklmnop\\user")").empty());
}

TEST_CASE("runAsUserName's user part is 1 to 104 bytes", "[hostprocess][api][runAsUserName]") {
    CHECK(user_errors(R"("CORP\\")") ==
          Strings{user_path + R"("CORP\\": runAsUserName's User cannot be empty)"});
    const std::string long_user(105, 'u');
    CHECK(user_errors("\"" + long_user + "\"") ==
          Strings{user_path + "\"" + long_user +
                  "\": runAsUserName's User length must not be longer than 104 characters"});
    CHECK(user_errors("\"" + std::string(104, 'u') + "\"").empty());
}

TEST_CASE("runAsUserName's user part is not only periods and spaces",
          "[hostprocess][api][runAsUserName]") {
    CHECK(user_errors(R"("CORP\\. .")") ==
          Strings{user_path +
                  R"("CORP\\. .": runAsUserName's User cannot contain only periods or spaces)"});
}

TEST_CASE("runAsUserName's user part has none of the characters Windows forbids; a slash is one",
          "[hostprocess][api][runAsUserName]") {
    CHECK(user_errors(R"("NT AUTHORITY/SYSTEM")") ==
          Strings{user_path + R"("NT AUTHORITY/SYSTEM": runAsUserName's User cannot contain the )"
                              R"(following characters: "/\:;|=,+*?<>@[])"});
    // JSON escapes < and > in the value, as Go's encoding/json does.
    CHECK(user_errors(R"("svc<1>")") ==
          Strings{user_path + R"("svc\u003c1\u003e": runAsUserName's User cannot contain the )"
                              R"(following characters: "/\:;|=,+*?<>@[])"});
}

TEST_CASE("runAsUserName is checked on containers at their own path",
          "[hostprocess][api][runAsUserName]") {
    const auto w = pod(R"("initContainers":[{"name":"i",)" + nano +
                       R"(,"securityContext":{"windowsOptions":{"runAsUserName":""}}}],)"
                       R"("containers":[{"name":"a",)" +
                       nano + "}]");
    CHECK(api_errors(w) ==
          Strings{"spec.initContainers[0].securityContext.windowsOptions.runAsUserName: Invalid "
                  "value: \"\": runAsUserName cannot be an empty string"});
}

TEST_CASE("gMSA credential spec names are DNS subdomains and specs are 1 byte to 64 KiB",
          "[hostprocess][api][gmsa]") {
    const auto with = [](const std::string& options) {
        return api_errors(pod(R"("securityContext":{"windowsOptions":{)" + options +
                              R"(}},"containers":[{"name":"a",)" + nano + "}]"));
    };
    CHECK(with(R"("gmsaCredentialSpecName":"webapp1-credspec")").empty());
    const auto bad = with(R"("gmsaCredentialSpecName":"Web_App")");
    REQUIRE(bad.size() == 1);
    CHECK(bad.front().rfind("spec.securityContext.windowsOptions.gmsaCredentialSpecName: Invalid "
                            "value: \"Web_App\": a lowercase RFC 1123 subdomain must consist of",
                            0) == 0);
    // Too long, and (upper case) not the format: two errors. The format has no label limit.
    CHECK(with(R"("gmsaCredentialSpecName":")" + std::string(254, 'A') + "\"").size() == 2);
    CHECK(with(R"("gmsaCredentialSpecName":")" + std::string(254, 'a') + "\"").size() == 1);
    CHECK(with(R"("gmsaCredentialSpec":"")") ==
          Strings{"spec.securityContext.windowsOptions.gmsaCredentialSpec: Invalid value: \"\": "
                  "gmsaCredentialSpec cannot be an empty string"});
    const auto big = with(R"("gmsaCredentialSpec":")" + std::string(64 * 1024 + 1, 'x') + "\"");
    REQUIRE(big.size() == 1);
    CHECK(big.front().find("gmsaCredentialSpec size must be under 64 KiB") != std::string::npos);
    CHECK(with(R"("gmsaCredentialSpec":")" + std::string(64 * 1024, 'x') + "\"").empty());
}

// --- host ports ----------------------------------------------------------------------------------

TEST_CASE("Under hostNetwork a Pod's hostPort must equal its containerPort",
          "[hostprocess][api][hostPort]") {
    const auto ports = [](const std::string& port) {
        return hp_spec(R"({"name":"a",)" + nano + R"(,"ports":[)" + port + "]}");
    };
    CHECK(api_errors(pod(ports(R"({"containerPort":10256,"hostPort":30256})"))) ==
          Strings{"spec.containers[0].ports[0].hostPort: Invalid value: 30256: must match "
                  "`containerPort` when `hostNetwork` is true"});
    // A Pod's unset hostPort is filled in from containerPort before validation.
    CHECK(api_errors(pod(ports(R"({"containerPort":10256})"))).empty());
    CHECK(api_errors(pod(ports(R"({"containerPort":10256,"hostPort":10256})"))).empty());
}

TEST_CASE("A template under hostNetwork may leave hostPort unset but not set another value",
          "[hostprocess][api][hostPort]") {
    const auto ports = [](const std::string& port) {
        return hp_spec(R"({"name":"a",)" + nano + R"(,"ports":[{"containerPort":9100},)" + port +
                       "]}");
    };
    CHECK(api_errors(daemon_set(ports(R"({"containerPort":10256})"))).empty());
    CHECK(api_errors(daemon_set(ports(R"({"containerPort":10256,"hostPort":1})"))) ==
          Strings{"spec.template.spec.containers[0].ports[1].hostPort: Invalid value: 1: must "
                  "match `containerPort` when `hostNetwork` is true"});
}

TEST_CASE("Host ports are only compared for regular containers and only under hostNetwork",
          "[hostprocess][api][hostPort]") {
    const std::string bad_port = R"(,"ports":[{"containerPort":80,"hostPort":8080}])";
    CHECK(api_errors(pod(R"("hostNetwork":true,"initContainers":[{"name":"i",)" + nano + bad_port +
                         R"(}],"containers":[{"name":"a",)" + nano + "}]"))
              .empty());
    CHECK(api_errors(pod(R"("containers":[{"name":"a",)" + nano + bad_port + "}]")).empty());
}

TEST_CASE("hostUsers false cannot be combined with host namespaces", "[hostprocess][api]") {
    const auto w = pod(R"("hostUsers":false,"hostNetwork":true,"hostPID":true,)"
                       R"("containers":[{"name":"a",)" +
                       nano + "}]");
    CHECK(api_errors(w) ==
          Strings{"spec.hostNetwork: Forbidden: when `pod.Spec.HostUsers` is false",
                  "spec.HostPID: Forbidden: when `pod.Spec.HostUsers` is false"});
}

// --- the OS field --------------------------------------------------------------------------------

TEST_CASE("spec.os needs a name, linux or windows", "[hostprocess][api][os]") {
    CHECK(api_errors(pod(R"("os":{},"containers":[{"name":"a",)" + nano + "}]")) ==
          Strings{"spec.os.name: Required value: cannot be empty"});
    CHECK(
        api_errors(pod(R"("os":{"name":"Windows"},"containers":[{"name":"a",)" + nano + "}]")) ==
        Strings{R"(spec.os: Unsupported value: "Windows": supported values: "linux", "windows")"});
}

TEST_CASE("A linux pod cannot set windowsOptions, at pod or container level",
          "[hostprocess][api][os]") {
    const auto w = pod(R"("os":{"name":"linux"},"hostNetwork":true,)"
                       R"("securityContext":{"windowsOptions":{"hostProcess":true}},)"
                       R"("containers":[{"name":"a",)" +
                       nano + R"(,"securityContext":{"windowsOptions":{"hostProcess":true}}}])");
    CHECK(api_errors(w) ==
          Strings{"spec.securityContext.windowsOptions: Forbidden: windows options cannot be set "
                  "for a linux pod",
                  "spec.containers[0].securityContext.windowsOptions: Forbidden: windows options "
                  "cannot be set for a linux pod"});
}

TEST_CASE("A windows pod cannot set Linux-only fields such as privileged",
          "[hostprocess][api][os]") {
    const auto w = pod(
        R"("os":{"name":"windows"},"hostNetwork":true,"hostPID":true,)"
        R"("securityContext":{"runAsUser":1000,"supplementalGroups":[],)"
        R"("windowsOptions":{"hostProcess":true}},)"
        R"("containers":[{"name":"a",)" +
        nano + R"(,"securityContext":{"privileged":true,"capabilities":{"add":["NET_ADMIN"]}}}])");
    CHECK(api_errors(w) ==
          Strings{"spec.hostPID: Forbidden: cannot be set for a windows pod",
                  "spec.securityContext.runAsUser: Forbidden: cannot be set for a windows pod",
                  "spec.securityContext.supplementalGroups: Forbidden: cannot be set for a "
                  "windows pod",
                  "spec.containers[0].securityContext.capabilities: Forbidden: cannot be set for "
                  "a windows pod",
                  "spec.containers[0].securityContext.privileged: Forbidden: cannot be set for a "
                  "windows pod"});
}

TEST_CASE("A pod without containers is invalid", "[hostprocess][api]") {
    CHECK(api_errors(pod(R"("hostNetwork":true)")) == Strings{"spec.containers: Required value"});
}

// --- kubectl's rendering -------------------------------------------------------------------------

TEST_CASE("kubectl prints one error on the header line and several as a list",
          "[hostprocess][api][kubectl]") {
    const auto single = daemon_set(
        hp_spec(R"({"name":"a",)" + nano + "}", R"("hostNetwork":false)"), "kube-proxy-windows");
    CHECK(invalid_message(single, validate(single)) ==
          "The DaemonSet \"kube-proxy-windows\" is invalid: spec.template.spec.hostNetwork: "
          "Invalid value: false: hostNetwork must be true if pod contains any hostProcess "
          "containers\n");
    const auto several = pod(hp_spec(R"({"name":"a",)" + nano + "}", R"("hostNetwork":false)"));
    CHECK(invalid_message(several, validate(several, false)) ==
          "The Pod \"hpc\" is invalid: \n"
          "* spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any "
          "hostProcess containers\n"
          "* spec: Forbidden: hostProcess containers are disallowed by cluster policy\n");
}

TEST_CASE("kubectl prints a repeated error once", "[hostprocess][api][kubectl]") {
    const FieldError e{FieldErrorType::Forbidden, "spec", "", "x", "r"};
    CHECK(invalid_message(pod(valid_spec()), {e, e}) ==
          "The Pod \"hpc\" is invalid: spec: Forbidden: x\n");
}

TEST_CASE("Field errors render as apimachinery's ErrorBody", "[hostprocess][api][kubectl]") {
    CHECK(FieldError{FieldErrorType::Required, "spec.os.name", "", "", ""}.to_string() ==
          "spec.os.name: Required value");
    CHECK(
        FieldError{FieldErrorType::NotSupported, "spec.os", "\"x\"", "supported values: \"a\"", ""}
            .body() == "Unsupported value: \"x\": supported values: \"a\"");
    CHECK(FieldError{FieldErrorType::Invalid, "f", "1", "", ""}.body() == "Invalid value: 1");
}

TEST_CASE("Only Pods get hostPort defaulted", "[hostprocess][api][defaults]") {
    const std::string spec =
        hp_spec(R"({"name":"a",)" + nano + R"(,"ports":[{"containerPort":53}]})");
    CHECK(defaulted(pod(spec)).containers[0].ports[0].host_port == 53);
    CHECK(defaulted(daemon_set(spec)).containers[0].ports[0].host_port == 0);
}
