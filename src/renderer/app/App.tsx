import { AppShell, Group, NavLink, Stack, Text, Tooltip } from '@mantine/core';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { Keys } from '../keyboard/Keys';
import { anywhere } from '../keyboard/shortcut';
import { ShortcutSheet } from '../keyboard/ShortcutSheet';
import { useShortcuts } from '../keyboard/use-shortcuts';
import { DeskSettings } from '../settings/DeskSettings';
import { ColorSchemeControl } from './ColorSchemeControl';
import { features } from './features';

export function App() {
  const location = useLocation();
  const navigate = useNavigate();
  useShortcuts(
    anywhere,
    features.map((feature) => ({
      keys: [`alt+${feature.key}`],
      label: `Go to ${feature.label}`,
      run: () => navigate(feature.path),
      inFields: true,
    })),
  );

  return (
    <AppShell navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Navbar p="sm" aria-label="Main">
        <Stack gap={4} h="100%">
          <Group px="xs" py="sm">
            <Text fw={700} size="lg">
              KYC Desk
            </Text>
          </Group>
          {features.map((feature) => (
            <Tooltip key={feature.path} label={<Keys hotkey={`alt+${feature.key}`} />} position="right" openDelay={600}>
              <NavLink
                href={`#${feature.path}`}
                label={feature.label}
                leftSection={<feature.icon size={18} stroke={1.6} />}
                rightSection={feature.badge && <feature.badge />}
                active={location.pathname.startsWith(feature.path)}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(feature.path);
                }}
              />
            </Tooltip>
          ))}
          <Stack mt="auto" px="xs" pb="xs" gap="xs">
            <ShortcutSheet />
            <DeskSettings />
            <ColorSchemeControl />
          </Stack>
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
