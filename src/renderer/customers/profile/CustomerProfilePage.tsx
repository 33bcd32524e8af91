import { Alert, Anchor, Breadcrumbs, Button, Grid, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { ProfileSectionKey } from '../../../shared/customers/field-table';
import { profileOf } from '../../../shared/customers/profile-lines';
import { ApiError } from '../../../shared/errors';
import { CustomerKycPanels } from '../../kyc/CustomerKycPanels';
import { useMonitors } from '../../monitors/queries';
import { customerName } from '../display/format';
import { useCustomer } from '../queries';
import { ActivityTabs } from './activity/ActivityTabs';
import { DashboardWidgets } from './activity/DashboardWidgets';
import { ReferralDashboard } from './activity/ReferralDashboard';
import { ProfileHeader } from './ProfileHeader';
import { AboutSection } from './sections/AboutSection';
import { AddressSection } from './sections/AddressSection';
import { HistorySection } from './sections/HistorySection';
import { InformationSection } from './sections/InformationSection';
import { KeyValuesSection } from './sections/KeyValuesSection';
import { LabelsSection } from './sections/LabelsSection';
import { VerificationSection } from './sections/VerificationSection';

/** Back to the list the person came from (with its search and filters), else to the whole list. */
function useBackToList() {
  const navigate = useNavigate();
  const location = useLocation();
  return () => (location.key !== 'default' ? navigate(-1) : navigate('/customers'));
}

/**
 * Route /customers/:id: the customer's dashboard, then their details (status actions, history) and their
 * activity in tabs.
 */
export function CustomerProfilePage() {
  const rawId = useParams().id;
  const id = Number(rawId);
  const back = useBackToList();
  const navigate = useNavigate();
  const customer = useCustomer(id);
  const monitors = useMonitors();

  if (customer.isPending) return <Loader aria-label="Loading customer" />;
  if (customer.isError) {
    const missing = customer.error instanceof ApiError && ['NOT_FOUND', 'VALIDATION'].includes(customer.error.code);
    return (
      <Alert
        color={missing ? 'yellow' : 'red'}
        title={missing ? 'Customer not found' : 'Could not load the customer'}
        maw={560}
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            {missing
              ? `There is no customer #${rawId ?? ''}. It may have been removed, or the link is wrong.`
              : customer.error.message}
          </Text>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconArrowLeft size={14} />}
            onClick={() => navigate('/customers')}
          >
            Back to customers
          </Button>
        </Stack>
      </Alert>
    );
  }

  const data = customer.data;
  const profile = profileOf(data, (monitorId) => monitors.data?.find((monitor) => monitor.id === monitorId)?.name);
  const section = (key: ProfileSectionKey) => {
    const found = profile.find((entry) => entry.section === key);
    return { title: found?.title ?? key, lines: found?.lines ?? [] };
  };
  return (
    <Stack gap="md" maw={1400}>
      <Breadcrumbs>
        <Anchor
          href="#/customers"
          size="sm"
          onClick={(event) => {
            event.preventDefault();
            back();
          }}
        >
          Customers
        </Anchor>
        <Text size="sm" c="dimmed">
          {customerName(data)}
        </Text>
      </Breadcrumbs>
      <ProfileHeader customer={data} />
      <DashboardWidgets customerId={data.id} />
      <ReferralDashboard customerId={data.id} />
      <ActivityTabs
        customerId={data.id}
        details={
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="md">
                <InformationSection {...section('information')} />
                <AddressSection {...section('addresses')} />
                <CustomerKycPanels customerId={data.id} />
                <Grid gap="md">
                  <Grid.Col span={6}>
                    <KeyValuesSection customer={data} {...section('customFields')} />
                  </Grid.Col>
                  <Grid.Col span={6}>
                    <KeyValuesSection customer={data} {...section('metadata')} />
                  </Grid.Col>
                </Grid>
                <HistorySection customerId={data.id} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <AboutSection customer={data} {...section('about')} />
                <VerificationSection customer={data} {...section('verification')} />
                <LabelsSection {...section('labels')} />
              </Stack>
            </Grid.Col>
          </Grid>
        }
      />
    </Stack>
  );
}
