import { AppShell, Box, Group, Kbd, NavLink, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ColorSchemeControl } from './ColorSchemeControl';
import { features } from './features';

export function App() {
  const location = useLocation();
  const navigate = useNavigate();
  useHotkeys(features.map((feature) => [`alt+${feature.key}`, () => navigate(feature.path)]));

  return (
    <AppShell navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Navbar p="sm" aria-label="Main">
        <Stack gap={4} h="100%">
          <Group px="xs" py="sm">
            <Title order={4}>KYC Desk</Title>
          </Group>
          {features.map((feature) => (
            <Tooltip
              key={feature.path}
              label={
                <Text size="xs">
                  <Kbd size="xs">Alt</Kbd> + <Kbd size="xs">{feature.key.toUpperCase()}</Kbd>
                </Text>
              }
              position="right"
              openDelay={600}
            >
              <NavLink
                href={`#${feature.path}`}
                label={feature.label}
                leftSection={<feature.icon size={18} stroke={1.6} />}
                active={location.pathname.startsWith(feature.path)}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(feature.path);
                }}
              />
            </Tooltip>
          ))}
          <Box mt="auto" px="xs" pb="xs">
            <ColorSchemeControl />
          </Box>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          {features.map((feature) => feature.routes)}
          <Route path="*" element={<Navigate to={features[0]?.path ?? '/'} replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
