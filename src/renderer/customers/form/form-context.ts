import { createFormContext } from '@mantine/form';
import type { CustomerFormValues } from './form-values';

/** The customer form, shared by its sections without passing it through every level. */
export const [CustomerFormProvider, useCustomerFormContext, useCustomerForm] = createFormContext<CustomerFormValues>();
