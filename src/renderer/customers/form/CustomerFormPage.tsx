import { Alert, Button, Center, Loader } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Customer } from '../../../shared/customers/schema';
import { unwrapFieldErrors } from '../../../shared/errors';
import { customerName } from '../display/format';
import { formatDateTime } from '../../app/dates';
import { useCreateCustomer, useCustomer, useUpdateCustomer } from '../queries';
import { CustomerForm } from './CustomerForm';
import { emptyCustomerValues, valuesFromCustomer } from './form-values';

/** Route /customers/new: the form for a new customer. */
export function CustomerCreatePage() {
  const create = useCreateCustomer();
  return (
    <CustomerForm
      title="New customer"
      subtitle="Fields marked * are required"
      initialValues={emptyCustomerValues}
      saveLabel="Create customer"
      save={(input) => create.mutateAsync(input)}
      cancelTo="/customers"
    />
  );
}

/** Route /customers/:id/edit: the form for an existing customer, saved against the version it opened. */
export function CustomerEditPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const customer = useCustomer(id);
  const update = useUpdateCustomer();
  // The form edits the version it was opened with, even if the query refreshes meanwhile.
  const [opened, setOpened] = useState<Customer | null>(null);
  const current = opened ?? customer.data;

  if (customer.isError) {
    return (
      <Alert color="red" title="Cannot open this customer">
        {customer.error.message}
        <Button size="xs" variant="light" color="red" mt="sm" display="block" onClick={() => navigate('/customers')}>
          Back to customers
        </Button>
      </Alert>
    );
  }
  if (!current) {
    return (
      <Center h={200}>
        <Loader aria-label="Loading customer" />
      </Center>
    );
  }
  if (!opened) setOpened(current);

  const name = customerName(current);
  return (
    <CustomerForm
      key={current.version}
      title={`Edit ${name}`}
      subtitle={`Customer #${current.id} · last changed ${formatDateTime(current.updatedAt)}`}
      initialValues={valuesFromCustomer(current)}
      saveLabel="Save changes"
      save={(input) =>
        update
          .mutateAsync({ id: current.id, version: current.version, customer: input })
          .catch((error: unknown) => Promise.reject(unwrapFieldErrors(error, 'customer')))
      }
      cancelTo={`/customers/${current.id}`}
      onReload={async () => {
        const fresh = await customer.refetch();
        if (fresh.data) setOpened(fresh.data);
      }}
    />
  );
}
