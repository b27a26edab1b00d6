"""winnet.net from Python: addresses parse and print as in C++, and behave as hashable values."""

import enum

import pytest

import winnet
from winnet import net


def test_ipv4_addresses_parse_from_dotted_quad_text():
    address = net.IpAddress("10.244.1.5")
    assert str(address) == "10.244.1.5"
    assert address.family is net.IpFamily.IPV4
    assert address.is_v4
    assert not address.is_v6
    assert address.packed == bytes([10, 244, 1, 5])
    assert net.IpAddress.parse("10.244.1.5") == address


def test_ipv6_addresses_print_in_rfc_5952_canonical_form():
    address = net.IpAddress("FD00:0000:0000::0005")
    assert str(address) == "fd00::5"
    assert address.family is net.IpFamily.IPV6
    assert address.is_v6
    assert address.packed == bytes.fromhex("fd000000000000000000000000000005")
    assert str(net.IpAddress("2001:db8:0:0:1:0:0:1")) == "2001:db8::1:0:0:1"
    assert str(net.IpAddress("64:ff9b::1.2.3.4")) == "64:ff9b::102:304"


def test_ipv4_mapped_ipv6_text_is_the_ipv4_address_as_in_kubernetes():
    mapped = net.IpAddress("::ffff:10.0.0.1")
    assert mapped.is_v4
    assert mapped == net.IpAddress("10.0.0.1")
    assert str(mapped) == "10.0.0.1"


def test_prefixes_keep_host_bits_and_report_their_network():
    prefix = net.IpPrefix("10.244.1.5/24")
    assert prefix.address == net.IpAddress("10.244.1.5")
    assert prefix.network == net.IpAddress("10.244.1.0")
    assert prefix.length == 24
    assert prefix.family is net.IpFamily.IPV4
    assert str(prefix) == "10.244.1.5/24"
    assert str(net.IpPrefix.parse("FD00::/064")) == "fd00::/64"


def test_a_prefix_contains_addresses_of_its_own_family_only():
    pods = net.IpPrefix("10.244.1.0/24")
    assert pods.contains(net.IpAddress("10.244.1.200"))
    assert not pods.contains(net.IpAddress("10.244.2.1"))
    assert not net.IpPrefix("::/0").contains(net.IpAddress("10.0.0.1"))
    assert net.IpPrefix("::/0").contains(address=net.IpAddress("fd00::1"))


def test_strings_convert_to_addresses_where_an_address_is_expected():
    pods = net.IpPrefix("10.244.1.0/24")
    assert pods.contains("10.244.1.9")
    assert not pods.contains("fd00::1")


def test_mac_addresses_print_dash_separated_upper_case_unless_asked_otherwise():
    mac = net.MacAddress("00:15:5d:52:c0:00")
    assert str(mac) == "00-15-5D-52-C0-00"
    assert mac.to_string() == "00-15-5D-52-C0-00"
    assert mac.to_string(letter_case=net.LetterCase.LOWER) == "00-15-5d-52-c0-00"
    assert mac.packed == bytes([0x00, 0x15, 0x5D, 0x52, 0xC0, 0x00])
    assert net.MacAddress.parse("00-15-5d-52-c0-00") == mac


def test_repr_is_the_expression_that_recreates_the_value():
    values = [net.IpAddress("fd00::5"), net.IpPrefix("10.244.1.0/24"), net.MacAddress("02-11-c0-a8-02-03")]
    assert [repr(v) for v in values] == [
        "IpAddress('fd00::5')",
        "IpPrefix('10.244.1.0/24')",
        "MacAddress('02-11-C0-A8-02-03')",
    ]
    for value in values:
        assert eval(repr(value), vars(net)) == value  # noqa: S307 - our own repr


def test_enums_are_python_enums_with_upper_case_members():
    assert issubclass(net.IpFamily, enum.Enum)
    assert [m.name for m in net.IpFamily] == ["IPV4", "IPV6"]
    assert issubclass(net.LetterCase, enum.Enum)
    assert [m.name for m in net.LetterCase] == ["UPPER", "LOWER"]


@pytest.mark.parametrize(
    ("parse", "text", "kind", "reason"),
    [
        (net.IpAddress, "", "IP address", "empty"),
        (net.IpAddress, "10.0.0.256", "IP address", "octet 4 is 256, more than 255"),
        (net.IpAddress, "10.01.0.1", "IP address", "leading zero in octet 2 is ambiguous"),
        (net.IpAddress, "fe80::1%eth0", "IP address", "IPv6 zone (%eth0) is not allowed"),
        (net.IpAddress, "1::2::3", "IP address", 'more than one "::"'),
        (net.IpAddress.parse, "12345::", "IP address", 'group 1 ("12345") has more than 4 hex digits'),
        (net.IpPrefix, "10.244.1.0", "IP prefix", "no prefix length"),
        (net.IpPrefix, "10.244.1.0/33", "IP prefix", "prefix length 33 is more than 32"),
        (net.IpPrefix, "fd00::/129", "IP prefix", "prefix length 129 is more than 128"),
        (net.IpPrefix.parse, "10.0.0.256/8", "IP prefix", 'address "10.0.0.256": octet 4 is 256'),
        (net.MacAddress, "00-15-5D:52-C0-00", "MAC address", "mixes separators"),
        (net.MacAddress, "00-15-5D-52-C0", "MAC address", "5 groups, expected 6"),
        (net.MacAddress.parse, "00-15-5D-52-C0-0G", "MAC address", "unexpected character 'G' in group 6"),
    ],
)
def test_invalid_text_raises_parse_error_naming_the_text_and_the_reason(parse, text, kind, reason):
    with pytest.raises(winnet.ParseError) as caught:
        parse(text)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.kind == kind
    assert error.text == text
    assert f'"{text}"' in str(error)
    assert reason in str(error)


def test_values_compare_and_order_like_their_cpp_counterparts():
    assert net.IpAddress("FD00::5") == net.IpAddress("fd00:0::5")
    assert net.IpAddress("fd00::5") != net.IpAddress("fd00::6")
    assert net.IpAddress("10.0.0.2") < net.IpAddress("10.0.0.10")
    assert net.IpAddress("255.255.255.255") < net.IpAddress("::")
    assert net.IpAddress("fd00::2") >= net.IpAddress("fd00::1")
    assert net.IpPrefix("10.0.0.0/8") <= net.IpPrefix("10.0.0.0/16")
    assert net.MacAddress("02-11-c0-a8-02-03") > net.MacAddress("00-15-5D-52-C0-00")
    texts = ["fd00::1", "10.0.0.10", "::1", "10.0.0.2"]
    assert [str(a) for a in sorted(net.IpAddress(t) for t in texts)] == [
        "10.0.0.2",
        "10.0.0.10",
        "::1",
        "fd00::1",
    ]


def test_values_are_never_equal_to_their_text_and_do_not_order_against_it():
    address = net.IpAddress("10.0.0.1")
    assert address != "10.0.0.1"
    assert net.IpAddress("10.0.0.1") != net.IpPrefix("10.0.0.1/32")
    with pytest.raises(TypeError):
        _ = address < "10.0.0.2"


def test_equal_values_hash_equally_so_they_work_as_dict_keys_and_set_members():
    assert (
        len(
            {
                net.IpAddress("fd00::5"),
                net.IpAddress("FD00:0::5"),
                net.IpAddress("::ffff:10.0.0.1"),
                net.IpAddress("10.0.0.1"),
            }
        )
        == 2
    )
    assert len({net.IpPrefix("10.0.0.0/8"), net.IpPrefix("10.0.0.0/08"), net.IpPrefix("10.0.0.0/16")}) == 2
    macs = {net.MacAddress("00-15-5D-52-C0-00"): "hns"}
    assert macs[net.MacAddress("00:15:5d:52:c0:00")] == "hns"


def test_every_binding_has_a_docstring():
    for obj in (
        net.IpAddress,
        net.IpAddress.parse,
        net.IpAddress.family,
        net.IpAddress.packed,
        net.IpPrefix,
        net.IpPrefix.contains,
        net.IpPrefix.network,
        net.MacAddress,
        net.MacAddress.to_string,
        net.IpFamily,
        net.LetterCase,
    ):
        assert obj.__doc__, obj
