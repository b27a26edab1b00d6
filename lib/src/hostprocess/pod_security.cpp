// Pod Security admission at policy version "latest" (kubernetes/pod-security-admission, policy/
// check_*.go, HEAD of 2026-07, Kubernetes 1.37 development): every baseline and restricted
// check, with the reasons and details admission prints. The registry orders checks by id,
// baseline first, and a restricted check replaces the baseline check it overrides
// (policy/registry.go).
#include "hostprocess/go_text.hpp"

#include <winnet/hostprocess/pod_security.hpp>
#include <winnet/hostprocess/validation.hpp>

#include <algorithm>
#include <functional>
#include <optional>
#include <set>

namespace winnet::hostprocess {

namespace {

using Result = std::optional<PodSecurityViolation>;
using Names = std::vector<std::string>;
using Sorted = std::set<std::string>; // Go's sets.String List(): sorted, unique

// policy/helpers.go joinQuote and pluralize.
std::string join_quote(const std::vector<std::string>& items) {
    if (items.empty()) {
        return "";
    }
    std::string out = "\"";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i == 0 ? "" : "\", \"") + items[i];
    }
    return out + "\"";
}

std::string join_quote(const Sorted& items) {
    return join_quote(std::vector<std::string>(items.begin(), items.end()));
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i == 0 ? "" : std::string(separator)) + items[i];
    }
    return out;
}

const char* pluralize(const char* singular, const char* plural, std::size_t count) {
    return count == 1 ? singular : plural;
}

std::string containers_phrase(const Names& names) {
    return std::string(pluralize("container", "containers", names.size())) + " " +
           join_quote(names);
}

// visitContainers: init containers, containers, ephemeral containers.
void visit(const PodSpec& spec, const std::function<void(const Container&)>& f) {
    for (const auto* list : {&spec.init_containers, &spec.containers, &spec.ephemeral_containers}) {
        for (const Container& c : *list) {
            f(c);
        }
    }
}

bool windows_pod(const PodSpec& spec) {
    return spec.os_name && *spec.os_name == "windows";
}

// relaxPolicyForUserNamespacePod.
bool user_namespace(const PodSpec& spec) {
    return spec.host_users && !*spec.host_users;
}

const PodSecurityContext& pod_context(const PodSpec& spec) {
    static const PodSecurityContext none;
    return spec.security_context ? *spec.security_context : none;
}

Result violation(std::string check, std::string reason, std::string detail) {
    return PodSecurityViolation{std::move(check), std::move(reason), std::move(detail)};
}

// --- baseline -----------------------------------------------------------------------------------

Result app_armor_profile(const Workload& w, const PodSpec& spec) {
    const auto allowed = [](const std::string& t) {
        return t == "RuntimeDefault" || t == "Localhost";
    };
    Names setters;
    Sorted bad_values;
    const auto& pod_type = pod_context(spec).app_armor_profile_type;
    if (pod_type && !allowed(*pod_type)) {
        setters.emplace_back("pod");
        bad_values.insert(*pod_type);
    }
    Names containers;
    visit(spec, [&](const Container& c) {
        if (c.security_context && c.security_context->app_armor_profile_type &&
            !allowed(*c.security_context->app_armor_profile_type)) {
            containers.push_back(c.name);
            bad_values.insert(*c.security_context->app_armor_profile_type);
        }
    });
    if (!containers.empty()) {
        setters.push_back(containers_phrase(containers));
    }
    const std::string prefix = "container.apparmor.security.beta.kubernetes.io/";
    Names annotations;
    for (const auto& [key, value] : w.pod_annotations) {
        const bool allowed_value =
            value.empty() || value == "runtime/default" || value.rfind("localhost/", 0) == 0;
        if (key.rfind(prefix, 0) == 0 && !allowed_value) {
            annotations.push_back(key + "=" + detail::go_quote(value));
        }
    }
    Names values(bad_values.begin(), bad_values.end());
    if (!annotations.empty()) {
        std::sort(annotations.begin(), annotations.end());
        values.insert(values.end(), annotations.begin(), annotations.end());
        setters.emplace_back(pluralize("annotation", "annotations", annotations.size()));
    }
    if (setters.empty()) {
        return std::nullopt;
    }
    return violation(
        "appArmorProfile",
        pluralize("forbidden AppArmor profile", "forbidden AppArmor profiles", values.size()),
        join(setters, " and ") + " must not set AppArmor profile type to " + join_quote(values));
}

Result capabilities_baseline(const Workload&, const PodSpec& spec) {
    static const Sorted allowed = {"AUDIT_WRITE", "CHOWN",  "DAC_OVERRIDE",     "FOWNER",  "FSETID",
                                   "KILL",        "MKNOD",  "NET_BIND_SERVICE", "SETFCAP", "SETGID",
                                   "SETPCAP",     "SETUID", "SYS_CHROOT"};
    Names containers;
    Sorted added;
    visit(spec, [&](const Container& c) {
        if (!c.security_context || !c.security_context->capabilities) {
            return;
        }
        bool valid = true;
        for (const std::string& cap : c.security_context->capabilities->add) {
            if (allowed.count(cap) == 0) {
                valid = false;
                added.insert(cap);
            }
        }
        if (!valid) {
            containers.push_back(c.name);
        }
    });
    if (containers.empty()) {
        return std::nullopt;
    }
    return violation("capabilities_baseline", "non-default capabilities",
                     containers_phrase(containers) + " must not include " + join_quote(added) +
                         " in securityContext.capabilities.add");
}

Result host_namespaces(const Workload&, const PodSpec& spec) {
    Names used;
    if (spec.host_network) {
        used.emplace_back("hostNetwork=true");
    }
    if (spec.host_pid) {
        used.emplace_back("hostPID=true");
    }
    if (spec.host_ipc) {
        used.emplace_back("hostIPC=true");
    }
    if (used.empty()) {
        return std::nullopt;
    }
    return violation("hostNamespaces", "host namespaces", join(used, ", "));
}

Result host_path_volumes(const Workload&, const PodSpec& spec) {
    Names volumes;
    for (const Volume& v : spec.volumes) {
        if (v.source == "hostPath") {
            volumes.push_back(v.name);
        }
    }
    if (volumes.empty()) {
        return std::nullopt;
    }
    return violation("hostPathVolumes", "hostPath volumes",
                     std::string(pluralize("volume", "volumes", volumes.size())) + " " +
                         join_quote(volumes));
}

Result host_ports(const Workload&, const PodSpec& spec) {
    Names containers;
    Sorted ports;
    visit(spec, [&](const Container& c) {
        bool valid = true;
        for (const ContainerPort& p : c.ports) {
            if (p.host_port != 0) {
                valid = false;
                ports.insert(std::to_string(p.host_port));
            }
        }
        if (!valid) {
            containers.push_back(c.name);
        }
    });
    if (containers.empty()) {
        return std::nullopt;
    }
    return violation("hostPorts", "hostPort",
                     containers_phrase(containers) + " " +
                         pluralize("uses", "use", containers.size()) + " " +
                         pluralize("hostPort", "hostPorts", ports.size()) + " " +
                         join(Names(ports.begin(), ports.end()), ", "));
}

Result host_probes(const Workload&, const PodSpec& spec) {
    Sorted containers;
    Sorted hosts;
    visit(spec, [&](const Container& c) {
        if (!c.probe_hosts.empty()) {
            containers.insert(c.name);
            hosts.insert(c.probe_hosts.begin(), c.probe_hosts.end());
        }
    });
    if (containers.empty()) {
        return std::nullopt;
    }
    return violation(
        "hostProbesAndHostLifecycle", "probe or lifecycle host",
        std::string(pluralize("container", "containers", containers.size())) + " " +
            join_quote(containers) + " " + pluralize("uses", "use", containers.size()) + " " +
            pluralize("probe or lifecycle host", "probe or lifecycle hosts", hosts.size()) + " " +
            join_quote(hosts));
}

Result privileged(const Workload&, const PodSpec& spec) {
    Names containers;
    visit(spec, [&](const Container& c) {
        if (c.security_context && c.security_context->privileged &&
            *c.security_context->privileged) {
            containers.push_back(c.name);
        }
    });
    if (containers.empty()) {
        return std::nullopt;
    }
    return violation("privileged", "privileged",
                     containers_phrase(containers) +
                         " must not set securityContext.privileged=true");
}

Result proc_mount_check(const PodSpec& spec, const char* id) {
    Names containers;
    Sorted types;
    visit(spec, [&](const Container& c) {
        if (c.security_context && c.security_context->proc_mount &&
            *c.security_context->proc_mount != "Default") {
            containers.push_back(c.name);
            types.insert(*c.security_context->proc_mount);
        }
    });
    if (containers.empty()) {
        return std::nullopt;
    }
    return violation(id, "procMount",
                     containers_phrase(containers) + " must not set securityContext.procMount to " +
                         join_quote(types));
}

Result proc_mount_baseline(const Workload&, const PodSpec& spec) {
    if (user_namespace(spec)) { // procMount1_35baseline
        return std::nullopt;
    }
    return proc_mount_check(spec, "procMount");
}

Result se_linux_options(const Workload&, const PodSpec& spec) {
    static const Sorted allowed_types = {"", "container_t", "container_init_t", "container_kvm_t",
                                         "container_engine_t"}; // 1.31
    Names setters;
    Sorted bad_types;
    bool set_user = false;
    bool set_role = false;
    const auto valid = [&](const SeLinuxOptions& o) {
        bool ok = true;
        if (allowed_types.count(o.type) == 0) {
            ok = false;
            bad_types.insert(o.type);
        }
        if (!o.user.empty()) {
            ok = false;
            set_user = true;
        }
        if (!o.role.empty()) {
            ok = false;
            set_role = true;
        }
        return ok;
    };
    if (const auto& o = pod_context(spec).se_linux_options; o && !valid(*o)) {
        setters.emplace_back("pod");
    }
    Names containers;
    visit(spec, [&](const Container& c) {
        if (c.security_context && c.security_context->se_linux_options &&
            !valid(*c.security_context->se_linux_options)) {
            containers.push_back(c.name);
        }
    });
    if (!containers.empty()) {
        setters.push_back(containers_phrase(containers));
    }
    if (setters.empty()) {
        return std::nullopt;
    }
    Names data;
    if (!bad_types.empty()) {
        data.push_back(std::string(pluralize("type", "types", bad_types.size())) + " " +
                       join_quote(bad_types));
    }
    if (set_user) {
        data.emplace_back("user may not be set");
    }
    if (set_role) {
        data.emplace_back("role may not be set");
    }
    return violation("seLinuxOptions", "seLinuxOptions",
                     join(setters, " and ") +
                         " set forbidden securityContext.seLinuxOptions: " + join(data, "; "));
}

bool valid_seccomp(const std::string& type) {
    return type == "Localhost" || type == "RuntimeDefault";
}

Result seccomp_baseline(const Workload&, const PodSpec& spec) {
    Names setters;
    Sorted values;
    if (const auto& t = pod_context(spec).seccomp_profile_type; t && !valid_seccomp(*t)) {
        setters.emplace_back("pod");
        values.insert(*t);
    }
    Names containers;
    visit(spec, [&](const Container& c) {
        if (c.security_context && c.security_context->seccomp_profile_type &&
            !valid_seccomp(*c.security_context->seccomp_profile_type)) {
            containers.push_back(c.name);
            values.insert(*c.security_context->seccomp_profile_type);
        }
    });
    if (!containers.empty()) {
        setters.push_back(containers_phrase(containers));
    }
    if (setters.empty()) {
        return std::nullopt;
    }
    return violation("seccompProfile_baseline", "seccompProfile",
                     join(setters, " and ") +
                         " must not set securityContext.seccompProfile.type to " +
                         join_quote(values));
}

Result sysctls(const Workload&, const PodSpec& spec) {
    static const Sorted allowed = {// sysctlsAllowedV1Dot37
                                   "kernel.shm_rmid_forced",
                                   "net.ipv4.ip_local_port_range",
                                   "net.ipv4.tcp_syncookies",
                                   "net.ipv4.ping_group_range",
                                   "net.ipv4.ip_unprivileged_port_start",
                                   "net.ipv4.ip_local_reserved_ports",
                                   "net.ipv4.tcp_keepalive_time",
                                   "net.ipv4.tcp_fin_timeout",
                                   "net.ipv4.tcp_keepalive_intvl",
                                   "net.ipv4.tcp_keepalive_probes",
                                   "net.ipv4.tcp_rmem",
                                   "net.ipv4.tcp_wmem",
                                   "net.ipv4.tcp_slow_start_after_idle",
                                   "net.ipv4.tcp_notsent_lowat"};
    Names bad;
    for (const std::string& name : pod_context(spec).sysctls) {
        if (allowed.count(name) == 0) {
            bad.push_back(name);
        }
    }
    if (bad.empty()) {
        return std::nullopt;
    }
    return violation("sysctls", "forbidden sysctls", join(bad, ", "));
}

// check_windowsHostProcess.go (check id windowsHostProcess since 2021-07, before PSA shipped in
// 1.22; the first draft, check_hostProcess.go, printed "hostProcess == true").
Result windows_host_process(const Workload&, const PodSpec& spec) {
    Names containers;
    visit(spec, [&](const Container& c) {
        const auto& sc = c.security_context;
        if (sc && sc->windows_options && sc->windows_options->host_process &&
            *sc->windows_options->host_process) {
            containers.push_back(c.name);
        }
    });
    const auto& pod_options = pod_context(spec).windows_options;
    const bool pod = pod_options && pod_options->host_process && *pod_options->host_process;
    Names setters;
    if (pod) {
        setters.emplace_back("pod");
    }
    if (!containers.empty()) {
        setters.push_back(containers_phrase(containers));
    }
    if (setters.empty()) {
        return std::nullopt;
    }
    return violation("windowsHostProcess", "hostProcess",
                     join(setters, " and ") +
                         " must not set securityContext.windowsOptions.hostProcess=true");
}

// --- restricted ---------------------------------------------------------------------------------

Result allow_privilege_escalation(const Workload&, const PodSpec& spec) {
    if (windows_pod(spec)) { // allowPrivilegeEscalation_1_25
        return std::nullopt;
    }
    Names containers;
    visit(spec, [&](const Container& c) {
        const auto& sc = c.security_context;
        if (!sc || !sc->allow_privilege_escalation || *sc->allow_privilege_escalation) {
            containers.push_back(c.name);
        }
    });
    if (containers.empty()) {
        return std::nullopt;
    }
    return violation("allowPrivilegeEscalation", "allowPrivilegeEscalation != false",
                     containers_phrase(containers) +
                         " must set securityContext.allowPrivilegeEscalation=false");
}

Result capabilities_restricted(const Workload&, const PodSpec& spec) {
    if (windows_pod(spec)) { // capabilitiesRestricted_1_25
        return std::nullopt;
    }
    Names missing_drop;
    Names adding;
    Sorted forbidden;
    visit(spec, [&](const Container& c) {
        if (!c.security_context || !c.security_context->capabilities) {
            missing_drop.push_back(c.name);
            return;
        }
        const Capabilities& caps = *c.security_context->capabilities;
        if (std::find(caps.drop.begin(), caps.drop.end(), "ALL") == caps.drop.end()) {
            missing_drop.push_back(c.name);
        }
        bool added = false;
        for (const std::string& cap : caps.add) {
            if (cap != "NET_BIND_SERVICE") {
                added = true;
                forbidden.insert(cap);
            }
        }
        if (added) {
            adding.push_back(c.name);
        }
    });
    Names details;
    if (!missing_drop.empty()) {
        details.push_back(containers_phrase(missing_drop) +
                          " must set securityContext.capabilities.drop=[\"ALL\"]");
    }
    if (!adding.empty()) {
        details.push_back(containers_phrase(adding) + " must not include " + join_quote(forbidden) +
                          " in securityContext.capabilities.add");
    }
    if (details.empty()) {
        return std::nullopt;
    }
    return violation("capabilities_restricted", "unrestricted capabilities", join(details, "; "));
}

Result proc_mount_restricted(const Workload&, const PodSpec& spec) {
    return proc_mount_check(spec, "procMount_restricted");
}

Result restricted_volumes(const Workload&, const PodSpec& spec) {
    static const Sorted allowed = {"configMap", "csi",   "downwardAPI",           "emptyDir",
                                   "ephemeral", "image", "persistentVolumeClaim", "projected",
                                   "secret"};
    Names volumes;
    Sorted types;
    for (const Volume& v : spec.volumes) {
        if (allowed.count(v.source) == 0) {
            volumes.push_back(v.name);
            types.insert(v.source);
        }
    }
    if (volumes.empty()) {
        return std::nullopt;
    }
    return violation(
        "restrictedVolumes", "restricted volume types",
        std::string(pluralize("volume", "volumes", volumes.size())) + " " + join_quote(volumes) +
            " " + pluralize("uses", "use", volumes.size()) + " " +
            pluralize("restricted volume type", "restricted volume types", types.size()) + " " +
            join_quote(types));
}

Result run_as_non_root(const Workload&, const PodSpec& spec) {
    if (user_namespace(spec)) { // runAsNonRoot1_35
        return std::nullopt;
    }
    Names setters;
    bool pod_non_root = false;
    if (const auto& v = pod_context(spec).run_as_non_root) {
        if (!*v) {
            setters.emplace_back("pod");
        } else {
            pod_non_root = true;
        }
    }
    Names explicit_bad;
    Names implicit_bad;
    visit(spec, [&](const Container& c) {
        if (c.security_context && c.security_context->run_as_non_root) {
            if (!*c.security_context->run_as_non_root) {
                explicit_bad.push_back(c.name);
            }
        } else if (!pod_non_root) {
            implicit_bad.push_back(c.name);
        }
    });
    if (!explicit_bad.empty()) {
        setters.push_back(containers_phrase(explicit_bad));
    }
    if (!setters.empty()) {
        return violation("runAsNonRoot", "runAsNonRoot != true",
                         join(setters, " and ") +
                             " must not set securityContext.runAsNonRoot=false");
    }
    if (!implicit_bad.empty()) {
        return violation("runAsNonRoot", "runAsNonRoot != true",
                         "pod or " + containers_phrase(implicit_bad) +
                             " must set securityContext.runAsNonRoot=true");
    }
    return std::nullopt;
}

Result run_as_user(const Workload&, const PodSpec& spec) {
    if (user_namespace(spec)) { // runAsUser1_35
        return std::nullopt;
    }
    Names setters;
    if (const auto& u = pod_context(spec).run_as_user; u && *u == 0) {
        setters.emplace_back("pod");
    }
    Names containers;
    visit(spec, [&](const Container& c) {
        if (c.security_context && c.security_context->run_as_user &&
            *c.security_context->run_as_user == 0) {
            containers.push_back(c.name);
        }
    });
    if (!containers.empty()) {
        setters.push_back(containers_phrase(containers));
    }
    if (setters.empty()) {
        return std::nullopt;
    }
    return violation("runAsUser", "runAsUser=0",
                     join(setters, " and ") + " must not set runAsUser=0");
}

Result seccomp_restricted(const Workload&, const PodSpec& spec) {
    if (windows_pod(spec)) { // seccompProfileRestricted_1_25
        return std::nullopt;
    }
    Names setters;
    Sorted values;
    bool pod_set = false;
    if (const auto& t = pod_context(spec).seccomp_profile_type) {
        if (!valid_seccomp(*t)) {
            setters.emplace_back("pod");
            values.insert(*t);
        } else {
            pod_set = true;
        }
    }
    Names explicit_bad;
    Names implicit_bad;
    visit(spec, [&](const Container& c) {
        if (c.security_context && c.security_context->seccomp_profile_type) {
            if (!valid_seccomp(*c.security_context->seccomp_profile_type)) {
                explicit_bad.push_back(c.name);
                values.insert(*c.security_context->seccomp_profile_type);
            }
        } else if (!pod_set) {
            implicit_bad.push_back(c.name);
        }
    });
    if (!explicit_bad.empty()) {
        setters.push_back(containers_phrase(explicit_bad));
    }
    if (!setters.empty()) {
        return violation("seccompProfile_restricted", "seccompProfile",
                         join(setters, " and ") +
                             " must not set securityContext.seccompProfile.type to " +
                             join_quote(values));
    }
    if (!implicit_bad.empty()) {
        return violation("seccompProfile_restricted", "seccompProfile",
                         "pod or " + containers_phrase(implicit_bad) +
                             " must set securityContext.seccompProfile.type to \"RuntimeDefault\" "
                             "or \"Localhost\"");
    }
    return std::nullopt;
}

struct Check {
    Result (*run)(const Workload&, const PodSpec&);
    bool restricted; // a restricted-level check
    bool overridden; // a baseline check a restricted check replaces
};

// Baseline ids sorted, then restricted ids sorted (registry.go populate).
constexpr Check checks[] = {
    {app_armor_profile, false, false},         // appArmorProfile
    {capabilities_baseline, false, true},      // capabilities_baseline
    {host_namespaces, false, false},           // hostNamespaces
    {host_path_volumes, false, true},          // hostPathVolumes
    {host_ports, false, false},                // hostPorts
    {host_probes, false, false},               // hostProbesAndHostLifecycle (1.34)
    {privileged, false, false},                // privileged
    {proc_mount_baseline, false, true},        // procMount (overridden since 1.35)
    {se_linux_options, false, false},          // seLinuxOptions
    {seccomp_baseline, false, true},           // seccompProfile_baseline
    {sysctls, false, false},                   // sysctls
    {windows_host_process, false, false},      // windowsHostProcess
    {allow_privilege_escalation, true, false}, // allowPrivilegeEscalation
    {capabilities_restricted, true, false},    // capabilities_restricted
    {proc_mount_restricted, true, false},      // procMount_restricted (1.35)
    {restricted_volumes, true, false},         // restrictedVolumes
    {run_as_non_root, true, false},            // runAsNonRoot
    {run_as_user, true, false},                // runAsUser
    {seccomp_restricted, true, false},         // seccompProfile_restricted
};

} // namespace

std::string level_name(PodSecurityLevel level) {
    switch (level) {
    case PodSecurityLevel::Privileged:
        return "privileged";
    case PodSecurityLevel::Baseline:
        return "baseline";
    case PodSecurityLevel::Restricted:
        return "restricted";
    }
    return "privileged";
}

std::vector<PodSecurityViolation> evaluate_pod_security(const Workload& workload,
                                                        PodSecurityLevel level) {
    std::vector<PodSecurityViolation> out;
    if (level == PodSecurityLevel::Privileged) {
        return out;
    }
    const PodSpec spec = defaulted(workload);
    const bool restricted = level == PodSecurityLevel::Restricted;
    for (const Check& check : checks) {
        if (check.restricted && !restricted) {
            continue;
        }
        if (check.overridden && restricted) {
            continue;
        }
        if (Result r = check.run(workload, spec)) {
            out.push_back(std::move(*r));
        }
    }
    return out;
}

// AggregateCheckResult.ForbiddenDetail.
std::string pod_security_detail(const std::vector<PodSecurityViolation>& violations) {
    std::string out;
    for (std::size_t i = 0; i < violations.size(); ++i) {
        out += i == 0 ? "" : ", ";
        out += violations[i].reason;
        if (!violations[i].details.empty()) {
            out += " (" + violations[i].details + ")";
        }
    }
    return out;
}

} // namespace winnet::hostprocess
