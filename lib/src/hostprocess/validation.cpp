// The API server's HostProcess-related validation, in the order ValidatePodSpec and its callers
// return errors (kubernetes/kubernetes pkg/apis/core/validation/validation.go, 1.35 era):
//   validateContainers / validateInitContainers / validateEphemeralContainers
//     -> validateContainerCommon -> ValidateSecurityContext (privileged, windowsOptions)
//   validatePodHostNetworkDeps (hostPort == containerPort under hostNetwork)
//   validatePodSpecSecurityContext (the pod's windowsOptions)
//   validateWindowsHostProcessPod
//   validateHostUsers
//   validateOS, validateLinux, validateWindows
// then ValidatePodCreate (ephemeral containers on create) or ValidatePodTemplateSpec
// (ephemeral containers in templates).
#include "hostprocess/go_text.hpp"

#include <winnet/hostprocess/validation.hpp>

#include <algorithm>
#include <set>

namespace winnet::hostprocess {

namespace {

using detail::go_quote;
using detail::json_quote;

FieldError invalid(std::string field, std::string value, std::string detail, std::string rule) {
    return {FieldErrorType::Invalid, std::move(field), std::move(value), std::move(detail),
            std::move(rule)};
}

FieldError forbidden(std::string field, std::string detail, std::string rule) {
    return {FieldErrorType::Forbidden, std::move(field), "", std::move(detail), std::move(rule)};
}

const char* bool_text(bool b) {
    return b ? "true" : "false";
}

// One container and the path the API server gives it.
struct ContainerRef {
    const Container* container;
    std::string path;
};

// podshelper.VisitContainersWithPath: init containers, containers, ephemeral containers.
std::vector<ContainerRef> all_containers(const PodSpec& spec, const std::string& spec_path) {
    std::vector<ContainerRef> out;
    const auto add = [&](const std::vector<Container>& list, const char* field) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            out.push_back({&list[i], spec_path + "." + field + "[" + std::to_string(i) + "]"});
        }
    };
    add(spec.init_containers, "initContainers");
    add(spec.containers, "containers");
    add(spec.ephemeral_containers, "ephemeralContainers");
    return out;
}

// --- runAsUserName (validateWindowsSecurityContextOptions) -------------------------------------

constexpr std::size_t max_domain_length = 256; // maxRunAsUserNameDomainLength
constexpr std::size_t max_user_length = 104;   // maxRunAsUserNameUserLength
constexpr std::size_t max_gmsa_spec_length = 64 * 1024;

bool ascii_control(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F; // [[:cntrl:]] in Go's regexp
}

// validNetBiosRegex: ^[^\\/:\*\?"<>|\.][^\\/:\*\?"<>|]{0,14}$ (runes, not bytes).
bool netbios_domain(std::string_view domain) {
    const std::vector<char32_t> r = detail::runes(domain);
    if (r.empty() || r.size() > 15) {
        return false;
    }
    const auto forbidden_rune = [](char32_t c) {
        return c == U'\\' || c == U'/' || c == U':' || c == U'*' || c == U'?' || c == U'"' ||
               c == U'<' || c == U'>' || c == U'|';
    };
    if (r[0] == U'.') {
        return false;
    }
    return std::none_of(r.begin(), r.end(), forbidden_rune);
}

bool alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// validWindowsUserDomainDNSRegex: labels of [a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?
// separated by dots.
bool dns_domain(std::string_view domain) {
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = domain.find('.', start);
        const std::string_view label = domain.substr(
            start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (label.empty() || label.size() > 63 || !alnum(label.front()) || !alnum(label.back())) {
            return false;
        }
        if (!std::all_of(label.begin(), label.end(), [](char c) { return alnum(c) || c == '-'; })) {
            return false;
        }
        if (dot == std::string_view::npos) {
            return true;
        }
        start = dot + 1;
    }
}

void validate_run_as_user_name(const std::string& name, const std::string& path,
                               std::vector<FieldError>& errs) {
    const std::string value = json_quote(name); // a *string: JSON since 1.34
    const auto add = [&](std::string detail, const char* rule) {
        errs.push_back(invalid(path, value, std::move(detail), rule));
    };
    if (name.empty()) {
        add("runAsUserName cannot be an empty string", "runAsUserName-empty");
        return;
    }
    if (std::any_of(name.begin(), name.end(), ascii_control)) {
        add("runAsUserName cannot contain control characters", "runAsUserName-control");
        return;
    }
    const auto backslashes = std::count(name.begin(), name.end(), '\\');
    if (backslashes > 1) {
        add("runAsUserName cannot contain more than one backslash", "runAsUserName-backslashes");
        return;
    }
    const bool has_domain = backslashes == 1;
    const std::size_t split = name.find('\\');
    const std::string domain = has_domain ? name.substr(0, split) : std::string();
    const std::string user = has_domain ? name.substr(split + 1) : name;
    if (domain.size() >= max_domain_length) {
        add("runAsUserName's Domain length must be under 256 characters",
            "runAsUserName-domain-length");
    }
    if (has_domain && !(netbios_domain(domain) || dns_domain(domain))) {
        add("runAsUserName's Domain doesn't match the NetBios nor the DNS format",
            "runAsUserName-domain-format");
    }
    if (user.empty()) {
        add("runAsUserName's User cannot be empty", "runAsUserName-user-empty");
    } else if (user.size() > max_user_length) {
        add("runAsUserName's User length must not be longer than 104 characters",
            "runAsUserName-user-length");
    }
    if (!user.empty() &&
        std::all_of(user.begin(), user.end(), [](char c) { return c == '.' || c == ' '; })) {
        add("runAsUserName's User cannot contain only periods or spaces",
            "runAsUserName-user-dots");
    }
    if (user.find_first_of("\"/\\:;|=,+*?<>@[]") != std::string::npos) {
        add("runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]",
            "runAsUserName-user-characters");
    }
}

// validation.IsDNS1123Subdomain.
bool dns1123_subdomain(std::string_view s) {
    const auto lower_alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    };
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = s.find('.', start);
        const std::string_view label =
            s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (label.empty() || !lower_alnum(label.front()) || !lower_alnum(label.back()) ||
            !std::all_of(label.begin(), label.end(),
                         [&](char c) { return lower_alnum(c) || c == '-'; })) {
            return false;
        }
        if (dot == std::string_view::npos) {
            return true;
        }
        start = dot + 1;
    }
}

void validate_windows_options(const WindowsOptions& o, const std::string& path,
                              std::vector<FieldError>& errs) {
    if (o.gmsa_credential_spec_name) {
        const std::string& name = *o.gmsa_credential_spec_name;
        const std::string field = path + ".gmsaCredentialSpecName";
        if (name.size() > 253) {
            errs.push_back(invalid(field, json_quote(name), "must be no more than 253 characters",
                                   "gmsaCredentialSpecName-format"));
        }
        if (!dns1123_subdomain(name)) {
            errs.push_back(invalid(
                field, json_quote(name),
                "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                "characters, '-' or '.', and must start and end with an alphanumeric character "
                "(e.g. 'example.com', regex used for validation is "
                "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                "gmsaCredentialSpecName-format"));
        }
    }
    if (o.gmsa_credential_spec) {
        const std::string& spec = *o.gmsa_credential_spec;
        const std::string field = path + ".gmsaCredentialSpec";
        if (spec.empty()) {
            errs.push_back(invalid(field, json_quote(spec),
                                   "gmsaCredentialSpec cannot be an empty string",
                                   "gmsaCredentialSpec-size"));
        } else if (spec.size() > max_gmsa_spec_length) {
            errs.push_back(invalid(field, json_quote(spec),
                                   "gmsaCredentialSpec size must be under 64 KiB",
                                   "gmsaCredentialSpec-size"));
        }
    }
    if (o.run_as_user_name) {
        validate_run_as_user_name(*o.run_as_user_name, path + ".runAsUserName", errs);
    }
}

// ValidateSecurityContext: the parts that concern HostProcess pods.
void validate_container(const Container& c, const std::string& path, bool allow_privileged,
                        std::vector<FieldError>& errs) {
    if (!c.security_context) {
        return;
    }
    const SecurityContext& sc = *c.security_context;
    const std::string sc_path = path + ".securityContext";
    if (sc.privileged && *sc.privileged && !allow_privileged) {
        errs.push_back(forbidden(sc_path + ".privileged", "disallowed by cluster policy",
                                 "privileged-allow-privileged"));
    }
    if (sc.windows_options) {
        validate_windows_options(*sc.windows_options, sc_path + ".windowsOptions", errs);
    }
}

// validatePodHostNetworkDeps: regular containers only.
void validate_host_ports(const PodSpec& spec, const std::string& spec_path, bool is_pod,
                         std::vector<FieldError>& errs) {
    if (!spec.host_network) {
        return;
    }
    for (std::size_t i = 0; i < spec.containers.size(); ++i) {
        const auto& ports = spec.containers[i].ports;
        for (std::size_t j = 0; j < ports.size(); ++j) {
            const std::int32_t hp = ports[j].host_port;
            const std::int32_t cp = ports[j].container_port;
            if ((is_pod || hp != 0) && hp != cp) {
                errs.push_back(invalid(spec_path + ".containers[" + std::to_string(i) + "].ports[" +
                                           std::to_string(j) + "].hostPort",
                                       std::to_string(hp),
                                       "must match `containerPort` when `hostNetwork` is true",
                                       "hostPort-host-network"));
            }
        }
    }
}

// validateWindowsHostProcessPod.
void validate_host_process(const PodSpec& spec, const std::string& spec_path, bool allow_privileged,
                           std::vector<FieldError>& errs) {
    std::optional<bool> pod_host_process;
    if (spec.security_context && spec.security_context->windows_options) {
        pod_host_process = spec.security_context->windows_options->host_process;
    }
    std::size_t containers = 0;
    std::size_t host_process = 0;
    for (const ContainerRef& ref : all_containers(spec, spec_path)) {
        ++containers;
        std::optional<bool> container_host_process;
        const auto& sc = ref.container->security_context;
        if (sc && sc->windows_options) {
            container_host_process = sc->windows_options->host_process;
        }
        if (pod_host_process && container_host_process &&
            *pod_host_process != *container_host_process) {
            errs.push_back(invalid(ref.path + ".securityContext.windowsOptions.hostProcess",
                                   bool_text(*container_host_process),
                                   std::string("pod hostProcess value must be identical if both "
                                               "are specified, was ") +
                                       bool_text(*pod_host_process),
                                   "hostProcess-agreement"));
        }
        if ((container_host_process && *container_host_process) ||
            (!container_host_process && pod_host_process && *pod_host_process)) {
            ++host_process;
        }
    }
    if (host_process == 0) {
        return;
    }
    if (host_process != containers) {
        errs.push_back(invalid(spec_path, go_quote(""),
                               "If pod contains any hostProcess containers then all containers "
                               "must be HostProcess containers",
                               "hostProcess-all-containers"));
    }
    if (!spec.host_network) {
        errs.push_back(invalid(spec_path + ".hostNetwork", "false",
                               "hostNetwork must be true if pod contains any hostProcess "
                               "containers",
                               "hostProcess-host-network"));
    }
    if (!allow_privileged) {
        errs.push_back(forbidden(spec_path,
                                 "hostProcess containers are disallowed by cluster policy",
                                 "hostProcess-allow-privileged"));
    }
}

// validateHostUsers: user namespaces and host namespaces do not mix. The paths of hostPID and
// hostIPC are written "HostPID" and "HostIPC" upstream.
void validate_host_users(const PodSpec& spec, const std::string& spec_path,
                         std::vector<FieldError>& errs) {
    if (!spec.host_users || *spec.host_users) {
        return;
    }
    const char* detail = "when `pod.Spec.HostUsers` is false";
    if (spec.host_network) {
        errs.push_back(forbidden(spec_path + ".hostNetwork", detail, "hostUsers-host-network"));
    }
    if (spec.host_pid) {
        errs.push_back(forbidden(spec_path + ".HostPID", detail, "hostUsers-host-network"));
    }
    if (spec.host_ipc) {
        errs.push_back(forbidden(spec_path + ".HostIPC", detail, "hostUsers-host-network"));
    }
}

void validate_linux(const PodSpec& spec, const std::string& spec_path,
                    std::vector<FieldError>& errs) {
    const char* detail = "windows options cannot be set for a linux pod";
    if (spec.security_context && spec.security_context->windows_options) {
        errs.push_back(forbidden(spec_path + ".securityContext.windowsOptions", detail,
                                 "os-linux-windows-options"));
    }
    for (const ContainerRef& ref : all_containers(spec, spec_path)) {
        const auto& sc = ref.container->security_context;
        if (sc && sc->windows_options) {
            errs.push_back(forbidden(ref.path + ".securityContext.windowsOptions", detail,
                                     "os-linux-windows-options"));
        }
    }
}

void validate_windows(const PodSpec& spec, const std::string& spec_path,
                      std::vector<FieldError>& errs) {
    const char* detail = "cannot be set for a windows pod";
    const char* rule = "os-windows-linux-fields";
    const auto add = [&](const std::string& field) {
        errs.push_back(forbidden(field, detail, rule));
    };
    const std::string psc = spec_path + ".securityContext";
    // The internal PodSecurityContext always exists after defaulting and holds hostPID, hostIPC,
    // hostUsers and shareProcessNamespace.
    const PodSecurityContext sc = spec.security_context.value_or(PodSecurityContext{});
    if (sc.app_armor_profile_type) {
        add(psc + ".appArmorProfile");
    }
    if (sc.se_linux_options) {
        add(psc + ".seLinuxOptions");
    }
    if (spec.host_users) {
        add(spec_path + ".hostUsers");
    }
    if (spec.host_pid) {
        add(spec_path + ".hostPID");
    }
    if (spec.host_ipc) {
        add(spec_path + ".hostIPC");
    }
    if (sc.seccomp_profile_type) {
        add(psc + ".seccompProfile");
    }
    if (sc.fs_group) {
        add(psc + ".fsGroup");
    }
    if (sc.fs_group_change_policy) {
        add(psc + ".fsGroupChangePolicy");
    }
    if (!sc.sysctls.empty()) {
        add(psc + ".sysctls");
    }
    if (spec.share_process_namespace) {
        add(spec_path + ".shareProcessNamespace");
    }
    if (sc.run_as_user) {
        add(psc + ".runAsUser");
    }
    if (sc.run_as_group) {
        add(psc + ".runAsGroup");
    }
    if (sc.supplemental_groups) {
        add(psc + ".supplementalGroups");
    }
    if (sc.supplemental_groups_policy) {
        add(psc + ".supplementalGroupsPolicy");
    }
    if (sc.se_linux_change_policy) {
        add(psc + ".seLinuxChangePolicy");
    }
    for (const ContainerRef& ref : all_containers(spec, spec_path)) {
        if (!ref.container->security_context) {
            continue;
        }
        const SecurityContext& c = *ref.container->security_context;
        const std::string p = ref.path + ".securityContext";
        if (c.app_armor_profile_type) {
            add(p + ".appArmorProfile");
        }
        if (c.se_linux_options) {
            add(p + ".seLinuxOptions");
        }
        if (c.seccomp_profile_type) {
            add(p + ".seccompProfile");
        }
        if (c.capabilities) {
            add(p + ".capabilities");
        }
        if (c.read_only_root_filesystem) {
            add(p + ".readOnlyRootFilesystem");
        }
        if (c.privileged) {
            add(p + ".privileged");
        }
        if (c.allow_privilege_escalation) {
            add(p + ".allowPrivilegeEscalation");
        }
        if (c.proc_mount) {
            add(p + ".procMount");
        }
        if (c.run_as_user) {
            add(p + ".runAsUser");
        }
        if (c.run_as_group) {
            add(p + ".runAsGroup");
        }
    }
}

// ValidatePodSpec's call to validateOS and the OS-specific checks it gates.
void validate_os(const PodSpec& spec, const std::string& spec_path, std::vector<FieldError>& errs) {
    if (!spec.os_name) {
        return;
    }
    const std::string& name = *spec.os_name;
    if (name.empty()) {
        errs.push_back({FieldErrorType::Required, spec_path + ".os.name", "", "cannot be empty",
                        "os-name-required"});
    } else if (name != "linux" && name != "windows") {
        // os.Name is a core.OSName, not a string: since 1.34 its value is printed as JSON.
        errs.push_back({FieldErrorType::NotSupported, spec_path + ".os", json_quote(name),
                        "supported values: \"linux\", \"windows\"", "os-name-supported"});
    } else if (name == "linux") {
        validate_linux(spec, spec_path, errs);
    } else {
        validate_windows(spec, spec_path, errs);
    }
}

} // namespace

std::string FieldError::body() const {
    switch (type) {
    case FieldErrorType::Required:
        return details.empty() ? "Required value" : "Required value: " + details;
    case FieldErrorType::Forbidden:
        return details.empty() ? "Forbidden" : "Forbidden: " + details;
    case FieldErrorType::NotSupported:
        return "Unsupported value: " + value + (details.empty() ? "" : ": " + details);
    case FieldErrorType::Invalid:
        break;
    }
    return "Invalid value: " + value + (details.empty() ? "" : ": " + details);
}

std::string FieldError::to_string() const {
    return field + ": " + body();
}

PodSpec defaulted(const Workload& workload) {
    PodSpec spec = workload.spec;
    // SetDefaults_Pod (since 1.28 for Pods only; kubernetes/kubernetes#117696).
    if (workload.kind == WorkloadKind::Pod && spec.host_network) {
        for (auto* list : {&spec.containers, &spec.init_containers}) {
            for (Container& c : *list) {
                for (ContainerPort& p : c.ports) {
                    if (p.host_port == 0) {
                        p.host_port = p.container_port;
                    }
                }
            }
        }
    }
    return spec;
}

std::vector<FieldError> validate(const Workload& workload, bool allow_privileged) {
    const PodSpec spec = defaulted(workload);
    const std::string sp = workload.spec_path();
    const bool is_pod = workload.kind == WorkloadKind::Pod;
    std::vector<FieldError> errs;
    if (spec.containers.empty()) {
        errs.push_back(
            {FieldErrorType::Required, sp + ".containers", "", "", "containers-required"});
    }
    const auto each = [&](const std::vector<Container>& list, const char* field) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            validate_container(list[i], sp + "." + field + "[" + std::to_string(i) + "]",
                               allow_privileged, errs);
        }
    };
    each(spec.containers, "containers");
    each(spec.init_containers, "initContainers");
    each(spec.ephemeral_containers, "ephemeralContainers");
    validate_host_ports(spec, sp, is_pod, errs);
    if (spec.security_context && spec.security_context->windows_options) {
        validate_windows_options(*spec.security_context->windows_options,
                                 sp + ".securityContext.windowsOptions", errs);
    }
    validate_host_process(spec, sp, allow_privileged, errs);
    validate_host_users(spec, sp, errs);
    validate_os(spec, sp, errs);
    if (!spec.ephemeral_containers.empty()) {
        if (is_pod) {
            errs.push_back(forbidden(sp + ".ephemeralContainers", "cannot be set on create",
                                     "ephemeralContainers-on-create"));
        } else {
            errs.push_back(forbidden(sp + ".ephemeralContainers",
                                     "ephemeral containers not allowed in pod template",
                                     "ephemeralContainers-in-template"));
        }
    }
    return errs;
}

// kubectl's checkErr for an Invalid status: "The <Kind> <name> is invalid", then the causes
// (deduplicated by statusCausesToAggrError) through MultilineError.
std::string invalid_message(const Workload& workload, const std::vector<FieldError>& errors) {
    std::vector<std::string> lines;
    std::set<std::string> seen;
    for (const FieldError& e : errors) {
        std::string line = e.to_string();
        if (seen.insert(line).second) {
            lines.push_back(std::move(line));
        }
    }
    std::string out =
        "The " + kind_name(workload.kind) + " " + go_quote(workload.name) + " is invalid: ";
    if (lines.size() == 1) {
        return out + lines.front() + "\n";
    }
    out += "\n";
    for (const std::string& line : lines) {
        out += "* " + line + "\n";
    }
    return out;
}

} // namespace winnet::hostprocess
